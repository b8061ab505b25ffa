// After Maven's archetype tool has written a new commune's folder: first the answers are checked and written where
// they go, each escaped for its file; then the officers' guide is made this commune's, the Maven Wrapper made
// executable, and the folder made a git repository on branch main with a first commit.
// The templates hold @tenXa@, @tinh@ and @diaChiWeb@ where the checked answers go: "Xã Phú Thịnh" becomes "Phú Thịnh"
// (the templates say "xã …" themselves), an address without https:// gets it, and a value is written escaped for XML in
// pom.xml and for a properties file in jbake.properties. A wrong answer stops the generation with a Vietnamese line
// and the files it made are removed, so that running it again with the right answer works.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.text.Normalizer
import java.util.concurrent.TimeUnit

Properties answers = request.properties
Path project = Path.of(request.outputDirectory).resolve(request.artifactId)

String nfc(Object value) {
    return value == null ? '' : Normalizer.normalize(value.toString(), Normalizer.Form.NFC).strip().replaceAll(/\s+/, ' ')
}

/** The name without diacritics, lowercase, hyphenated: "Phú Thịnh" -> phu-thinh. */
String slug(String text) {
    return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll(/\p{M}/, '').toLowerCase(Locale.ROOT).replaceAll(/[^a-z0-9]+/, '-').replaceAll(/^-|-$/, '')
}

List<String> problems = []
List<String> notes = []

// The folder's name: it becomes the repository's name and the commune's folder on the web server.
String artifactId = request.artifactId ?: ''
boolean plainFolder = !(artifactId in ['', '.', '..']) && !(artifactId =~ /[\/\\:]/)
String reserved = /(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])/
if (!(artifactId ==~ /[a-z0-9]+(-[a-z0-9]+)*/) || artifactId ==~ reserved) {
    String suggestion = slug(artifactId)
    suggestion = suggestion.isEmpty() || suggestion ==~ reserved ? 'phu-thinh' : suggestion
    problems << "Tên thư mục (artifactId) \"${artifactId}\" chỉ được có chữ thường không dấu, số và dấu gạch nối " +
            "(và không là tên dành riêng của Windows như con, nul, aux). Cách sửa: chạy lại với -DartifactId=${suggestion}."
}

/** A commune's or province's name: letters, digits, spaces and the marks names use; its level word dropped. */
String placeName(String key, String level, String what, String example, List<String> problems, List<String> notes,
                 Properties answers) {
    String typed = nfc(answers.getProperty(key))
    String name = typed.replaceFirst(/(?iu)^${level}\s+/, '')
    if (name != typed) {
        notes << "Đã bỏ chữ \"${typed.substring(0, typed.length() - name.length()).strip()}\" ở đầu ${key}: " +
                "${key}=${name} (trang tự viết \"${level} ${name}\")."
    }
    if (name.isEmpty() || name.equalsIgnoreCase(level) || !(name ==~ /[\p{L}\p{M}\p{N} '’.,()&-]+/)) {
        problems << "${what} (${key}) \"${typed}\" chỉ được có chữ, số, dấu cách và các dấu ' . , ( ) & - " +
                "(không viết chữ \"${level}\" ở đầu). Cách sửa: chạy lại với -D${key}=\"${example}\"."
    }
    return name
}

String tenXa = placeName('tenXa', 'xã', 'Tên xã', 'Phú Thịnh', problems, notes, answers)
String tinh = placeName('tinh', 'tỉnh', 'Tên tỉnh', 'Thái Nguyên', problems, notes, answers)

// The site's address: https only (links, QR codes and the sitemap are built on it), a host with a dot, nothing after.
String typedAddress = nfc(answers.getProperty('diaChiWeb'))
String siteAddress = typedAddress.replaceFirst(/\/+$/, '')
String addressExample = 'https://phuthinh.thainguyen.gov.vn'
if (!siteAddress.contains('://') && !(siteAddress =~ /^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])/)) {
    if (!siteAddress.isEmpty()) {
        siteAddress = 'https://' + siteAddress
        notes << "Đã thêm https:// vào địa chỉ trang: diaChiWeb=${siteAddress}."
    }
}
String addressProblem = null
try {
    URI uri = new URI(siteAddress)
    if (!'https'.equalsIgnoreCase(uri.scheme)) {
        addressProblem = "phải là địa chỉ https:// (trang công khai dùng kết nối bảo mật)"
        String rest = siteAddress.contains('://') ? siteAddress.substring(siteAddress.indexOf('://') + 3) : ''
        if (rest ==~ /[A-Za-z0-9.-]+\.[A-Za-z]{2,}(\/[A-Za-z0-9._~\/-]*)?/) {
            addressExample = 'https://' + rest
        }
    } else if (uri.rawUserInfo != null) {
        addressProblem = "không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @)"
    } else if (uri.host == null || !uri.host.contains('.')) {
        addressProblem = "không có tên miền hợp lệ"
    } else if (uri.rawQuery != null || uri.rawFragment != null) {
        addressProblem = "không được có phần ?… hoặc #…"
        addressExample = siteAddress.replaceFirst(/[?#].*$/, '')
    }
} catch (URISyntaxException e) {
    addressProblem = "không phải địa chỉ web hợp lệ (có dấu cách hoặc ký tự không được dùng)"
}
if (addressProblem != null) {
    problems << "Địa chỉ trang web (diaChiWeb) \"${typedAddress}\" ${addressProblem}. " +
            "Cách sửa: chạy lại với -DdiaChiWeb=${addressExample}."
}

// What Velocity wrote into pom.xml as typed: only the characters Maven's own values may have.
for (String key : ['groupId', 'version']) {
    String value = answers.getProperty(key) ?: ''
    if (!(value ==~ /[A-Za-z0-9_.-]+/)) {
        problems << "${key} \"${value}\" chỉ được có chữ không dấu, số và các dấu . _ -. Cách sửa: bỏ -D${key} để " +
                "dùng giá trị mặc định."
    }
}
String repository = answers.getProperty('khoPhanMem')
if (repository != null && !(repository ==~ /(https?|file):\/\/[^\s<>&"']+/)) {
    problems << "khoPhanMem \"${repository}\" không phải địa chỉ kho phần mềm hợp lệ. Cách sửa: viết dạng " +
            "https://kho.tinh.gov.vn/maven2, hoặc bỏ -DkhoPhanMem để dùng Maven Central."
}

/** The files this archetype makes, so that only they are removed when the answers are refused. */
boolean ours(String path) {
    return path in ['pom.xml', 'jbake.properties', 'HUONG-DAN.md', '.gitignore', '.gitlab-ci.yml', 'mvnw', 'mvnw.cmd',
                    'soan-thao.sh', 'soan-thao.cmd',
                    '.github/workflows/cong-khai.yml', '.mvn/wrapper/maven-wrapper.properties', 'templates/.gitkeep',
                    'assets/.gitkeep', '.xa-mau/jbake.properties'] || path ==~ /docs\/anh\/[^\/]+\.png/ || path ==~ /content\/.+\.(md|json)/
}

if (!problems.isEmpty()) {
    boolean removed = false
    if (plainFolder && Files.isDirectory(project)) {
        List<Path> all = Files.walk(project).withCloseable { it.sorted(Comparator.reverseOrder()).toList() }
        List<Path> files = all.findAll { !Files.isDirectory(it) }
        if (files.every { ours(project.relativize(it).toString().replace('\\', '/')) }) {
            all.each { Files.delete(it) }
            removed = true
        }
    }
    String message = "Chưa tạo được trang của xã: " + problems.join(' ') + (removed || !Files.exists(project) ? ''
            : " (Các tệp đã tạo ở ${project} cần xoá trước khi chạy lại.)")
    System.err.println('[ERROR] ' + message)
    throw new IllegalArgumentException(message)
}

/** Escaped for the text of an XML element or comment: a double hyphen is not allowed in a comment. */
String xml(String value) {
    return value.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
            .replace('--', '-&#45;')
}

/** Escaped for the value of a properties file (read by java.util.Properties). */
String properties(String value) {
    return value.replace('\\', '\\\\').replaceFirst(/^ /, '\\\\ ')
}

Map<String, String> values = [tenXa: tenXa, tinh: tinh, diaChiWeb: siteAddress]
Files.walk(project).withCloseable { it.filter { Files.isRegularFile(it) }.toList() }.each { Path file ->
    String path = project.relativize(file).toString().replace('\\', '/')
    Closure<String> escape = path == 'pom.xml' ? this.&xml : path == 'jbake.properties' ? this.&properties
            : path ==~ /content\/.+\.(md|json)/ ? { String v -> v } : null
    if (escape != null) {
        String text = Files.readString(file, StandardCharsets.UTF_8)
        String filled = text
        values.each { key, value -> filled = filled.replace('@' + key + '@', escape(value)) }
        if (filled != text) {
            Files.writeString(file, filled, StandardCharsets.UTF_8)
        }
    }
}
notes.each { println(it) }

def dir = project.toFile()

// The guide is the example commune's (Lục Ba); its values, read from the example's own jbake.properties, become this
// commune's. Longer values first, so that "Ủy ban nhân dân xã Lục Ba" is not half-replaced by "Lục Ba".
def exampleDir = new File(dir, '.xa-mau')
def example = new Properties()
new File(exampleDir, 'jbake.properties').withReader('UTF-8') { example.load(it) }
exampleDir.deleteDir()
def mine = new Properties()
new File(dir, 'jbake.properties').withReader('UTF-8') { mine.load(it) }
def firstLabel = { String address -> address.replaceFirst('^https?://', '').replaceFirst('[.:/].*$', '') }
def pairs = [:]
['xa.co_quan', 'site.host', 'xa.ten', 'xa.tinh'].each { key ->
    if (example.getProperty(key) && mine.getProperty(key)) {
        pairs[example.getProperty(key)] = mine.getProperty(key)
    }
}
pairs[firstLabel(example.getProperty('site.host'))] = firstLabel(mine.getProperty('site.host'))
pairs['luc-ba'] = request.artifactId
def guide = new File(dir, 'HUONG-DAN.md')
def text = guide.getText('UTF-8')
pairs.keySet().sort { -it.length() }.each { from -> text = text.replace(from, pairs[from]) }
guide.setText(text, 'UTF-8')

new File(dir, 'mvnw').setExecutable(true, false)
new File(dir, 'soan-thao.sh').setExecutable(true, false)

// git is optional on an office PC: without it the commune is still complete, and the guide says how to start one.
def git = { List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        return [-1, 'git không trả lời sau 60 giây']
    }
    return [process.exitValue(), output.toString()]
}
try {
    def init = git(['init', '-q', '-b', 'main'])
    if (init[0] != 0) {
        println "[WARNING] Chưa tạo kho git cho xã (${init[1].trim()}). Tạo sau bằng: git init -b main"
    } else {
        def name = git(['config', 'user.name'])[1].trim()
        def identity = name ? [] : ['-c', "user.name=Ủy ban nhân dân xã ${tenXa}",
                                    '-c', 'user.email=cong-khai@localhost']
        git(['add', '-A'])
        def commit = git(identity + ['commit', '-q', '-m', "Trang công khai của xã ${tenXa}"])
        if (commit[0] != 0) {
            println "[WARNING] Đã tạo kho git nhưng chưa lưu được lần đầu (${commit[1].trim()}). Lưu sau bằng: git add -A rồi git commit"
        }
    }
} catch (IOException noGit) {
    println '[WARNING] Máy chưa cài git: thư mục của xã chưa là kho git. Cài git rồi chạy: git init -b main'
}
