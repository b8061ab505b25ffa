package vn.congkhai.it;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.util.Date;

/** An OpenPGP key made for one test run, as a release's signing key is handed to Maven: armoured, in a variable. */
final class ThrowAwayKey {

    private static final Provider BC = new BouncyCastleProvider();

    final String passphrase = "mot-lan-dung";
    final String armouredSecretKey;
    private final PGPPublicKeyRing publicKeys;

    ThrowAwayKey() throws GeneralSecurityException, PGPException, IOException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        PGPKeyPair pair = new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, rsa.generateKeyPair(), new Date());
        PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().setProvider(BC).build()
                .get(HashAlgorithmTags.SHA1);
        PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair,
                "Công khai (thử) <thu@example.invalid>", sha1, null, null,
                new JcaPGPContentSignerBuilder(pair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256)
                        .setProvider(BC),
                new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).setProvider(BC)
                        .build(passphrase.toCharArray()));
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(armoured)) {
            rings.generateSecretKeyRing().encode(out);
        }
        armouredSecretKey = armoured.toString(StandardCharsets.US_ASCII);
        publicKeys = rings.generatePublicKeyRing();
    }

    /** Whether {@code signature} (an armoured detached .asc) is this key's signature of {@code file}. */
    boolean signed(Path file, Path signature) throws IOException, PGPException {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(signature))) {
            Object first = new JcaPGPObjectFactory(in).nextObject();
            if (!(first instanceof PGPSignatureList list) || list.isEmpty()) {
                return false;
            }
            PGPSignature made = list.get(0);
            PGPPublicKey key = publicKeys.getPublicKey(made.getKeyID());
            if (key == null) {
                return false;
            }
            made.init(new JcaPGPContentVerifierBuilderProvider().setProvider(BC), key);
            made.update(Files.readAllBytes(file));
            return made.verify();
        }
    }
}
