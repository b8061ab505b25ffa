package vn.congkhai.maven;

import vn.congkhai.text.FileNames;
import vn.congkhai.text.VietnameseText;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions that set up a new commune ({@code cong-khai:tao-xa}), each answer checked as it is given, so that a
 * wrong one is asked again (or refused) before anything is written. The archetype's own script checks the same rules
 * for those who run {@code archetype:generate} directly; {@code NewCommuneIT} holds the two to the same answers.
 */
final class CommuneAnswers {

    /** The questions in the order they are asked: the commune's name first, so the folder's can be derived from it. */
    enum Question {
        TEN_XA("tenXa", "Tên xã", "Phú Thịnh"),
        TINH("tinh", "Tên tỉnh", "Thái Nguyên"),
        DIA_CHI_WEB("diaChiWeb", "Địa chỉ trang web", "https://phuthinh.thainguyen.gov.vn"),
        THU_MUC("artifactId", "Tên thư mục", "phu-thinh");

        /** The archetype's property, also the {@code -D} option that gives the answer without a question. */
        final String property;
        final String label;
        final String example;

        Question(String property, String label, String example) {
            this.property = property;
            this.label = label;
            this.example = example;
        }
    }

    /** An answer as it will be written, and what was changed in it, if anything, to tell the officer. */
    record Answer(String value, Optional<String> note) {
    }

    /** An answer that cannot be used: what is wrong with it, and an example of a right one. */
    static final class WrongAnswer extends Exception {
        final String example;

        WrongAnswer(String problem, String example) {
            super(problem);
            this.example = example;
        }
    }

    private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’.,()&-]+");
    private static final Pattern HOST_AND_PATH = Pattern.compile("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/[A-Za-z0-9._~/-]*)?");
    private static final Pattern REPOSITORY = Pattern.compile("(https?|file)://[^\\s<>&\"']+");

    private CommuneAnswers() {
    }

    /** {@code typed} checked as the answer to {@code question}. */
    static Answer check(Question question, String typed) throws WrongAnswer {
        String answer = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        return switch (question) {
            case TEN_XA -> place(answer, "xã", question);
            case TINH -> place(answer, "tỉnh", question);
            case DIA_CHI_WEB -> siteAddress(answer);
            case THU_MUC -> folder(answer);
        };
    }

    /** The folder's name the commune's name gives: "Phú Thịnh" → {@code phu-thinh}. */
    static String folderFor(String communeName) {
        String slug = VietnameseText.fold(communeName).replace(' ', '-');
        return FOLDER.matcher(slug).matches() && !FileNames.reserved(slug) ? slug : Question.THU_MUC.example;
    }

    /** A Maven repository to fetch the product from ({@code -DkhoPhanMem}); not asked. */
    static Answer repository(String typed) throws WrongAnswer {
        if (!REPOSITORY.matcher(typed).matches()) {
            throw new WrongAnswer("Kho phần mềm (khoPhanMem) \"" + typed + "\" không phải địa chỉ kho phần mềm hợp lệ",
                    "https://kho.tinh.gov.vn/maven2");
        }
        return new Answer(typed, Optional.empty());
    }

    /** How a message names an answer: {@code Tên xã (tenXa) "Phú Thịnh"}. */
    private static String named(Question question, String typed) {
        return question.label + " (" + question.property + ") \"" + typed + "\"";
    }

    private static Answer folder(String typed) throws WrongAnswer {
        if (!FOLDER.matcher(typed).matches() || FileNames.reserved(typed)) {
            throw new WrongAnswer(named(Question.THU_MUC, typed) + " chỉ được có chữ thường không dấu, số và dấu gạch nối "
                    + "(và không là tên dành riêng của Windows như con, nul, aux)", folderFor(typed));
        }
        return new Answer(typed, Optional.empty());
    }

    /** A commune's or province's name: letters, digits, spaces and the marks names use; its level word dropped. */
    private static Answer place(String typed, String level, Question question) throws WrongAnswer {
        String name = typed.replaceFirst("(?iu)^" + level + "\\s+", "");
        if (name.isEmpty() || name.equalsIgnoreCase(level) || !PLACE.matcher(name).matches()) {
            throw new WrongAnswer(named(question, typed) + " chỉ được có chữ, số, dấu cách và các dấu "
                    + "' . , ( ) & - (không viết chữ \"" + level + "\" ở đầu)", question.example);
        }
        Optional<String> note = name.equals(typed) ? Optional.empty()
                : Optional.of("Đã bỏ chữ \"" + typed.substring(0, typed.length() - name.length()).strip()
                        + "\" ở đầu " + question.property + ": " + question.property + "=" + name + " (trang tự viết \"" + level + " " + name
                        + "\").");
        return new Answer(name, note);
    }

    /** An https address (links, QR codes and the sitemap are built on it): a host with a dot, nothing after. */
    private static Answer siteAddress(String typed) throws WrongAnswer {
        String address = typed.replaceFirst("/+$", "");
        Optional<String> note = Optional.empty();
        if (!address.isEmpty() && !address.contains("://")
                && !Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])").matcher(address).find()) {
            address = "https://" + address;
            note = Optional.of("Đã thêm https:// vào địa chỉ trang: diaChiWeb=" + address + ".");
        }
        String example = Question.DIA_CHI_WEB.example;
        String problem = null;
        try {
            URI uri = new URI(address);
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                problem = "phải là địa chỉ https:// (trang công khai dùng kết nối bảo mật)";
                String rest = address.contains("://") ? address.substring(address.indexOf("://") + 3) : "";
                if (HOST_AND_PATH.matcher(rest).matches()) {
                    example = "https://" + rest;
                }
            } else if (uri.getRawUserInfo() != null) {
                problem = "không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @)";
            } else if (uri.getHost() == null || !uri.getHost().contains(".")) {
                problem = "không có tên miền hợp lệ";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "không được có phần ?… hoặc #…";
                example = address.replaceFirst("[?#].*$", "");
            }
        } catch (URISyntaxException e) {
            problem = "không phải địa chỉ web hợp lệ (có dấu cách hoặc ký tự không được dùng)";
        }
        if (problem != null) {
            throw new WrongAnswer(named(Question.DIA_CHI_WEB, typed) + " " + problem, example);
        }
        return new Answer(address, note);
    }
}
