package vn.congkhai.browser;

import com.deque.html.axecore.results.Results;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.PreviewServer;
import vn.congkhai.text.VietnameseFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soạn thảo as an officer uses it, in a real Chromium, through its forms alone: a small commune served by the preview
 * (real Jetty, the preview's web.xml) in a folder that is a git repository. A notice and a poor-household list are
 * created, filled in and saved; the notice is seen in the preview as a draft, a mistake in it is shown next to its
 * field and fixed, it is recorded under the officer's name and approved, and the preview then shows it published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorBrowserIT {

    private static final String NOTICE = "content/thong-bao/hop-ban-lam-duong.md";
    private static final String NOTICE_TITLE = "Thông báo họp bàn làm đường liên xóm";
    private static final String LIST = "content/ho-ngheo/2026-chinh-thuc.json";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static PreviewServer server;

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @BeforeAll
    static void serveTheEditor() throws Exception {
        Chromium.requireInstalled();
        site = FixtureSite.of("basic", tmp);
        // The bake's day is today, as for an officer: the fixture's day, in 2024, is before the new notice's dates.
        site.replace("jbake.properties", "ngay_bake=2024-06-30\n", "");
        try (Git git = Git.init().setDirectory(site.dir().toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("content").addFilepattern("jbake.properties").call();
            PersonIdent first = new PersonIdent("Ủy ban nhân dân xã", "cong-khai@localhost");
            git.commit().setMessage("Trang công khai của xã").setAuthor(first).setCommitter(first).setSign(false)
                    .call();
        }
        server = PreviewServer.start(site);
        // The preview bakes on the first request of a page, printouts included: longer than a page usually loads.
        BROWSER.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void anOfficerCreatesANoticeAndAListFixesAMistakeRecordsAndApprovesTheNoticeThroughTheFormsAlone()
            throws Exception {
        ChromeDriver driver = BROWSER.driver();

        // A notice: created from the home page, its header and body typed into the form, saved.
        driver.get(server.url("/soan/"));
        waitFor(driver, "the home page", By.tagName("h1"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).as("the first Tab leads past the menu")
                .isEqualTo("Bỏ qua, đến nội dung");
        create(driver, "thong-bao", "hop-ban-lam-duong", "Tạo mới: Thông báo");
        waitFor(driver, "the notice's form", By.id("noi_dung"));
        assertThat(driver.findElement(By.cssSelector("p.tep")).getText()).isEqualTo("Tệp " + NOTICE);
        type(driver.findElement(By.id("t_title")), NOTICE_TITLE);
        WebElement date = driver.findElement(By.id("t_date"));
        date.click();
        date.sendKeys("11112026"); // day and month alike: typed the same in Chromium's dd/mm and mm/dd locales
        type(driver.findElement(By.id("noi_dung")), "Ủy ban nhân dân xã mời đại diện các hộ xóm Kết Thành họp "
                + "bàn việc làm đường liên xóm.\n\n- Thời gian: 8 giờ sáng Chủ nhật.\n- Địa điểm: nhà văn hóa xóm.");
        save(driver);
        assertThat(status(driver)).contains("Đã lưu " + NOTICE + ".");
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isEmpty();
        String notice = Files.readString(site.dir().resolve(NOTICE));
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
        assertThat(notice).startsWith("title=" + NOTICE_TITLE + "\ndate=2026-11-11\ntype=thong-bao\nstatus=draft\n")
                .contains("~~~~~~\nỦy ban nhân dân xã mời đại diện các hộ xóm Kết Thành họp bàn việc làm đường liên "
                        + "xóm.\n\n- Thời gian: 8 giờ sáng Chủ nhật.\n");

        // A poor-household list of three rows: two added with "Thêm hộ", cells typed.
        driver.findElement(By.linkText("← Danh sách nội dung")).click();
        create(driver, "ho-ngheo", "2026-chinh-thuc", "Tạo mới: Hộ nghèo, cận nghèo");
        waitFor(driver, "the list's form", By.id("t_ho"));
        type(driver.findElement(By.id("t_title")), "Danh sách hộ nghèo, hộ cận nghèo năm 2026");
        type(cell(driver, "Chủ hộ", 1), "Nguyễn Văn An");
        button(driver, "Thêm hộ").click();
        waitFor(driver, "a second row", By.cssSelector("[aria-label='Chủ hộ, hộ thứ 2']"));
        assertThat(cell(driver, "Chủ hộ", 1).getAttribute("value")).as("a row added keeps what was typed")
                .isEqualTo("Nguyễn Văn An");
        button(driver, "Thêm hộ").sendKeys(Keys.ENTER); // a button works from the keyboard too
        waitFor(driver, "a third row", By.cssSelector("[aria-label='Chủ hộ, hộ thứ 3']"));
        String[][] rows = {
            {"1", "Nguyễn Văn An", "Kết Thành", "ngheo", "4"},
            {"2", "Triệu Thị Hoa", "Đồng Kè", "can-ngheo", "3"},
            {"3", "Lê Văn Cường", "Nà Pục", "ngheo", "5"},
        };
        String[] columns = {"STT", "Chủ hộ", "Xóm", "Phân loại", "Số nhân khẩu"};
        for (int i = 0; i < rows.length; i++) { // each row typed from its first cell on, moving with Tab
            cell(driver, "STT", i + 1).click();
            for (int c = 0; c < columns.length; c++) {
                WebElement active = driver.switchTo().activeElement();
                assertThat(active.getAttribute("aria-label")).as("Tab's order").isEqualTo(columns[c] + ", hộ thứ "
                        + (i + 1));
                if (active.getTagName().equals("select")) {
                    new Select(active).selectByValue(rows[i][c]);
                } else {
                    active.sendKeys(Keys.chord(Keys.CONTROL, "a"), rows[i][c]);
                }
                active.sendKeys(Keys.TAB);
            }
        }
        save(driver);
        assertThat(status(driver)).contains("Đã lưu " + LIST + ".");
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true], [role=alert]"))).isEmpty();
        assertThat(Files.readString(site.dir().resolve(LIST))).contains("  \"ho\": [\n"
                + "    {\"stt\": 1, \"chu_ho\": \"Nguyễn Văn An\", \"xom\": \"Kết Thành\", \"phan_loai\": \"ngheo\", "
                + "\"so_nhan_khau\": 4},\n"
                + "    {\"stt\": 2, \"chu_ho\": \"Triệu Thị Hoa\", \"xom\": \"Đồng Kè\", \"phan_loai\": \"can-ngheo\", "
                + "\"so_nhan_khau\": 3},\n"
                + "    {\"stt\": 3, \"chu_ho\": \"Lê Văn Cường\", \"xom\": \"Nà Pục\", \"phan_loai\": \"ngheo\", "
                + "\"so_nhan_khau\": 5}\n"
                + "  ]");

        // The notice in the preview: a draft, with its band.
        driver.get(server.url("/thong-bao/hop-ban-lam-duong.html"));
        waitFor(driver, "the notice's preview page", By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(NOTICE_TITLE);
        assertThat(driver.findElements(By.cssSelector("p.draft-band"))).as("a draft shows its band").hasSize(1);

        // A mistake: the Art. 11 item typed in words. It is shown next to its field and at the top, then fixed.
        driver.get(server.url("/soan/sua?tep=" + NOTICE));
        WebElement item = waitFor(driver, "the notice's form", By.id("t_muc_cong_khai"));
        type(item, "mười bốn");
        save(driver);
        WebElement wrong = driver.findElement(By.id("t_muc_cong_khai"));
        assertThat(wrong.getAttribute("aria-invalid")).isEqualTo("true");
        List<String> described = Arrays.asList(wrong.getAttribute("aria-describedby").split(" "));
        assertThat(described).contains("loi-t_muc_cong_khai");
        String problem = driver.findElement(By.id("loi-t_muc_cong_khai")).getText();
        assertThat(problem).isEqualTo(NOTICE + ":6: muc_cong_khai: \"mười bốn\" không phải mục của Điều 11. Cách "
                + "sửa: viết một số từ 1 đến 14.");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains(problem);
        everyErrorIsTiedToItsField(driver);
        analyse(driver, "the notice's form with a mistake");

        type(driver.findElement(By.id("t_muc_cong_khai")), "14");
        save(driver);
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".loi"))).isEmpty();
        assertThat(Files.readString(site.dir().resolve(NOTICE))).contains("\nmuc_cong_khai=14\n");

        // "Ghi lại" under the officer's name, then "Duyệt đăng" under the approver's.
        type(driver.findElement(By.id("nguoi")), "Hoàng Văn Minh");
        button(driver, "Ghi lại").click();
        waitFor(driver, "the record's outcome", By.cssSelector("[role=status]"));
        RevCommit recorded = lastCommit();
        assertThat(recorded.getAuthorIdent().getName()).isEqualTo("Hoàng Văn Minh");
        assertThat(recorded.getFullMessage()).isEqualTo("Sửa: " + NOTICE_TITLE);
        String recordedId = recorded.getId().abbreviate(7).name();
        assertThat(status(driver)).contains("Đã ghi lại " + NOTICE + " (lần ghi " + recordedId
                + ", người ghi: Hoàng Văn Minh).");

        assertThat(driver.findElement(By.id("nguoi")).getAttribute("value")).as("the name is asked once")
                .isEqualTo("Hoàng Văn Minh");
        type(driver.findElement(By.id("nguoi")), "Nguyễn Văn Mẫu");
        button(driver, "Duyệt đăng").click();
        waitFor(driver, "the approval's outcome", By.cssSelector("[role=status]"));
        RevCommit approved = lastCommit();
        assertThat(approved.getAuthorIdent().getName()).isEqualTo("Nguyễn Văn Mẫu");
        assertThat(approved.getFullMessage()).isEqualTo("Duyệt đăng: " + NOTICE_TITLE
                + "\n\nNgười duyệt: Nguyễn Văn Mẫu");
        assertThat(approved.getParent(0).getId()).isEqualTo(recorded.getId());
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Duyệt đăng']"))).isEmpty();
        assertThat(Files.readString(site.dir().resolve(NOTICE))).contains("\nstatus=published\n");

        // The notice in the preview, now as the public site will show it.
        driver.get(server.url("/thong-bao/hop-ban-lam-duong.html"));
        waitFor(driver, "the published notice", By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(NOTICE_TITLE);
        assertThat(driver.findElements(By.cssSelector("p.draft-band"))).as("published: no draft band").isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Ủy ban nhân dân xã mời đại diện các hộ xóm Kết Thành họp bàn việc làm đường liên xóm.");

        driver.get(server.url("/soan/"));
        WebElement listed = waitFor(driver, "the home page", By.cssSelector("a[href='/soan/sua?tep=" + NOTICE + "']"));
        assertThat(listed.getText()).isEqualTo(NOTICE_TITLE);
        assertThat(listed.findElement(By.xpath("following-sibling::span")).getText()).isEqualTo("Đã đăng");
        WebElement list = driver.findElement(By.cssSelector("a[href='/soan/sua?tep=" + LIST + "']"));
        assertThat(list.getText()).isEqualTo("Danh sách hộ nghèo, hộ cận nghèo năm 2026");
        assertThat(list.findElement(By.xpath("following-sibling::span")).getText()).isEqualTo("Nháp");
    }

    @Test
    @Order(2) // after the officer's work, which the screenshots then show
    void theEditorsHomeAndAListsFormHaveNoAxeViolationsAndAreShotAtDesktopAndPhoneWidths() throws Exception {
        ChromeDriver driver = BROWSER.driver();
        Path shots = Files.createDirectories(FixtureSite.PROJECT.resolve("target/editor-shots"));
        site.write("content/ho-ngheo/2025-ra-soat.json", Files.readString(FixtureSite.resource(
                "sites/types/content/ho-ngheo/2024.json")).replace("2024", "2025"));

        driver.get(server.url("/soan/"));
        waitFor(driver, "the home page", By.tagName("h1"));
        analyse(driver, "the editor's home page");
        shoot(driver, shots, "soan-trang-chu");

        driver.get(server.url("/soan/sua?tep=content/ho-ngheo/2025-ra-soat.json"));
        waitFor(driver, "the list's form", By.id("t_ho"));
        analyse(driver, "a list's form");
        shoot(driver, shots, "soan-danh-sach");

        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 450; i++) {
            rows.append(i == 1 ? "" : ",\n").append("    {\"stt\": ").append(i).append(", \"chu_ho\": \"Hộ ")
                    .append(i).append("\", \"xom\": \"Kết Thành\", \"phan_loai\": \"ngheo\"}");
        }
        site.write("content/ho-ngheo/2025-dai.json", "{\n  \"title\": \"Danh sách dài\",\n  \"date\": "
                + "\"2025-07-01\",\n  \"type\": \"ho-ngheo\",\n  \"status\": \"draft\",\n  \"muc_cong_khai\": 7,\n  "
                + "\"nam\": 2025,\n  \"dot\": \"bo-sung\",\n  \"ho\": [\n" + rows + "\n  ]\n}\n");
        driver.get(server.url("/soan/sua?tep=content/ho-ngheo/2025-dai.json"));
        WebElement third = waitFor(driver, "a long list's page links", By.linkText("401–450"));
        third.sendKeys(Keys.ENTER); // the page links work from the keyboard, without script
        waitFor(driver, "the third page", By.cssSelector("nav.cac-trang a[aria-current=page]"));
        assertThat(driver.findElement(By.cssSelector("nav.cac-trang a[aria-current=page]")).getText())
                .isEqualTo("401–450");
        assertThat(cell(driver, "Chủ hộ", 450).getAttribute("value")).isEqualTo("Hộ 450");
        analyse(driver, "a page of a long list's form");
        shoot(driver, shots, "soan-danh-sach-dai");

        for (int i = 451; i <= 5001; i++) {
            rows.append(",\n    {\"stt\": ").append(i).append(", \"chu_ho\": \"Hộ ").append(i)
                    .append("\", \"xom\": \"Đồng Kè\", \"phan_loai\": \"ngheo\"}");
        }
        Path over = site.write("content/ho-ngheo/2025-qua-dai.json", "{\n  \"title\": \"Danh sách quá dài\",\n  "
                + "\"date\": \"2025-07-01\",\n  \"type\": \"ho-ngheo\",\n  \"status\": \"draft\",\n  "
                + "\"muc_cong_khai\": 7,\n  \"nam\": 2025,\n  \"dot\": \"bo-sung\",\n  \"ho\": [\n" + rows + "\n  ]\n}\n");
        driver.get(server.url("/soan/sua?tep=content/ho-ngheo/2025-qua-dai.json"));
        waitFor(driver, "the way to split a list over the limit", By.id("tach-xom"));
        analyse(driver, "a list's form over the bake's limit, with its split");
        Files.delete(over);
    }

    @Test
    @Order(3)
    void rowsPastedFromExcelFillTheTableAddRowsAndTheDaysLeftFollowTheDateAsItIsTyped() throws Exception {
        ChromeDriver driver = BROWSER.driver();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String pasted = "content/ho-ngheo/2027-dan-tu-excel.json";
        site.write(pasted, Files.readString(FixtureSite.resource("sites/types/content/ho-ngheo/2024.json"))
                .replace("2024", "2027").replace("\"niem_yet_den\": \"2027-07-30\"",
                        "\"niem_yet_den\": \"" + today.plusDays(10) + "\""));
        driver.get(server.url("/soan/sua?tep=" + pasted));
        waitFor(driver, "the list's form", By.id("t_ho"));

        // As Excel puts three rows of four cells on the clipboard; pasted into the third row's "Chủ hộ".
        WebElement into = cell(driver, "Chủ hộ", 3);
        into.click();
        assertThat(driver.switchTo().activeElement()).isEqualTo(into);
        driver.executeScript("var data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, "
                + "cancelable: true}));", into, "Triệu Thị Hoa\tĐồng Kè\tHộ cận nghèo\t3\r\n"
                + "Hoàng Văn Em\tNà Pục\tngheo\t6\r\n"
                + "Lý Thị Gấm\tKết Thành\thộ thoát nghèo\t2\r\n");
        WebElement note = waitFor(driver, "the paste's outcome", By.cssSelector("p.da-dan[role=status]"));
        assertThat(note.getText()).isEqualTo("Đã dán 3 dòng từ bảng tính (thêm 1 hộ mới). Xem lại rồi bấm \"Lưu\" "
                + "để ghi vào tệp.");
        assertThat(cell(driver, "Chủ hộ", 3).getAttribute("value")).isEqualTo("Triệu Thị Hoa");
        assertThat(new Select(cell(driver, "Phân loại", 3)).getFirstSelectedOption().getAttribute("value"))
                .as("a label pasted chooses its code").isEqualTo("can-ngheo");
        assertThat(cell(driver, "Số nhân khẩu", 4).getAttribute("value")).isEqualTo("6");
        assertThat(cell(driver, "Chủ hộ", 5).getAttribute("value")).as("a row added for the third").isEqualTo(
                "Lý Thị Gấm");
        assertThat(button(driver, "Xoá hộ thứ 5").getAttribute("value")).isEqualTo("/ho/4");
        cell(driver, "STT", 5).click();
        driver.switchTo().activeElement().sendKeys("5", Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).as("Tab's order in the row added")
                .isEqualTo("Chủ hộ, hộ thứ 5");
        analyse(driver, "a list's form after a paste");
        save(driver);
        assertThat(status(driver)).contains("Đã lưu " + pasted + ".");
        assertThat(Files.readString(site.dir().resolve(pasted))).contains(
                "    {\"stt\": 3, \"chu_ho\": \"Triệu Thị Hoa\", \"xom\": \"Đồng Kè\", \"phan_loai\": \"can-ngheo\", "
                        + "\"so_nhan_khau\": 3, \"ghi_chu\": \"Hộ có người khuyết tật\"},\n"
                        + "    {\"stt\": 4, \"chu_ho\": \"Hoàng Văn Em\", \"xom\": \"Nà Pục\", \"phan_loai\": \"ngheo\", "
                        + "\"so_nhan_khau\": 6},\n"
                        + "    {\"stt\": 5, \"chu_ho\": \"Lý Thị Gấm\", \"xom\": \"Kết Thành\", \"phan_loai\": "
                        + "\"thoat-ngheo\", \"so_nhan_khau\": 2}\n  ]");

        // "Còn N ngày" beside the end of the posting period, said again as another date is typed.
        WebElement left = driver.findElement(By.id("cn-t_niem_yet_den"));
        assertThat(left.getText()).isEqualTo("Còn 10 ngày.");
        LocalDate later = LocalDate.of(today.getYear() + 1, 5, 5);
        WebElement until = driver.findElement(By.id("t_niem_yet_den"));
        // typed from its first part on, as Tab from the field before reaches it (a click would choose a part)
        driver.executeScript("arguments[0].blur()", until);
        until.sendKeys("0505" + later.getYear()); // day and month alike: the same in dd/mm and mm/dd locales
        assertThat(left.getText()).isEqualTo("Còn " + ChronoUnit.DAYS.between(today, later) + " ngày.");
        driver.executeScript("arguments[0].blur()", until);
        until.sendKeys("01012020");
        long past = ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), today);
        assertThat(left.getText()).isEqualTo("Đã kết thúc " + VietnameseFormat.number(past) + " ngày trước.");
        analyse(driver, "a list's form with the days left changed");
    }

    /** Every error shown is named by its field's aria-describedby, and every invalid field names its error. */
    private static void everyErrorIsTiedToItsField(ChromeDriver driver) {
        List<WebElement> errors = driver.findElements(By.cssSelector("form .loi"));
        assertThat(errors).isNotEmpty();
        for (WebElement error : errors) {
            String id = error.getAttribute("id");
            assertThat(driver.findElements(By.cssSelector("[aria-describedby~='" + id + "'][aria-invalid=true]")))
                    .as("the field of error %s", id).hasSize(1);
        }
        for (WebElement field : driver.findElements(By.cssSelector("[aria-invalid=true]"))) {
            assertThat(Arrays.stream(field.getAttribute("aria-describedby").split(" "))
                    .anyMatch(id -> !driver.findElements(By.cssSelector("#" + id + ".loi")).isEmpty()))
                    .as("field %s names its error", field.getAttribute("id")).isTrue();
        }
    }

    private static void create(ChromeDriver driver, String type, String name, String button) {
        WebElement field = waitFor(driver, "the home page", By.id("ten-" + type));
        type(field, name);
        button(driver, button).click();
    }

    private static void save(ChromeDriver driver) {
        button(driver, "Lưu").click();
        waitFor(driver, "the save's outcome", By.cssSelector("[role=status]"));
    }

    private static WebElement button(ChromeDriver driver, String text) {
        return driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    private static WebElement cell(ChromeDriver driver, String column, int row) {
        return driver.findElement(By.cssSelector("[aria-label='" + column + ", hộ thứ " + row + "']"));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static String status(ChromeDriver driver) {
        return driver.findElement(By.cssSelector("[role=status]")).getText();
    }

    private static WebElement waitFor(ChromeDriver driver, String what, By locator) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> what + " at " + driver.getCurrentUrl() + ", which "
                + "shows: " + driver.findElement(By.tagName("body")).getText()).until(d -> d.findElements(locator)
                .stream().findFirst().orElse(null));
    }

    private static void analyse(ChromeDriver driver, String what) {
        Results results = AccessibilityBrowserIT.axe().analyze(driver);
        assertThat(results.isErrored()).as("axe-core could not run on %s: %s", what, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe-core ran rules on %s", what).isNotEmpty();
        assertThat(results.getViolations()).as(() -> AccessibilityBrowserIT.describe(
                new PageType(what, driver.getCurrentUrl(), false), results.getViolations())).isEmpty();
    }

    private RevCommit lastCommit() throws Exception {
        try (Git git = Git.open(site.dir().toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    /** The page as it looks at 1280 px (a desktop) and at 390 px (a phone), whole. */
    private static void shoot(ChromeDriver driver, Path folder, String name) throws Exception {
        for (int width : new int[] {1280, 390}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", (int) Math.min(height, 4000), "deviceScaleFactor", 1, "mobile", width < 600));
            Files.write(folder.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
