package vn.congkhai.history;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Change history read from a real git repository made with JGit around a fixture project. */
class GitHistoryIT {

    @TempDir
    Path tmp;

    private static PersonIdent at(String isoDate) {
        return new PersonIdent("Cán bộ Văn phòng", "vanphong@example.vn",
                Instant.parse(isoDate + "T09:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static void commit(Git git, String message, String date) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(at(date)).setCommitter(at(date)).setSign(false).call();
    }

    private FixtureSite repository() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Files.writeString(site.dir().resolve(".gitignore"), "target/\n");
        try (Git git = Git.init().setDirectory(site.dir().toFile()).setInitialBranch("main").call()) {
            commit(git, "Đăng thông báo họp dân", "2024-05-10");
            Path file = site.dir().resolve("content/thong-bao/hop-dan-xom.md");
            Files.writeString(file, Files.readString(file).replace("đường bê tông", "đường bê tông dài 500 m"));
            commit(git, "Bổ sung chiều dài tuyến đường", "2024-05-12");
            Files.writeString(file, Files.readString(file).replace("liên xóm", "liên xóm."));
            commit(git, "[nhỏ] Sửa dấu câu", "2024-05-13");
        }
        return site;
    }

    @Test
    void aDisclosureEditedInTwoCommitsShowsBothNewestFirstAndMinorChangesLast() throws Exception {
        FixtureSite site = repository();
        site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/hop-dan-xom.html"));
        assertThat(page.select(".history p").text()).isEqualTo("Cập nhật lần cuối: 13/05/2024.");
        assertThat(page.select(".history li").eachText()).hasSize(3);
        assertThat(page.select(".history li").get(0).text()).startsWith("12/05/2024: Bổ sung chiều dài tuyến đường");
        assertThat(page.select(".history li").get(1).text()).startsWith("10/05/2024: Đăng thông báo họp dân");
        assertThat(page.select(".history li").get(2).text()).startsWith("13/05/2024: Sửa dấu câu").contains("sửa nhỏ");
        assertThat(page.select(".history li").get(0).select(".commit").text()).matches("\\([0-9a-f]{7}\\)");
    }

    @Test
    void thePreviewReadsTheHistoryAgainOnlyAfterACommit() throws Exception {
        FixtureSite site = repository();
        Path content = site.dir().resolve("content");
        GitHistory first = GitHistory.read(content);
        assertThat(GitHistory.read(content, first)).isSameAs(first);
        try (vn.congkhai.bake.Bakery preview = new vn.congkhai.bake.Bakery(site.dir(), site.site()).remembering()) {
            preview.bake();
            Path file = content.resolve("thong-bao/hop-dan-xom.md");
            Files.writeString(file, Files.readString(file).replace("dài 500 m", "dài 520 m"));
            try (Git git = Git.open(site.dir().toFile())) {
                commit(git, "Sửa chiều dài tuyến đường", "2024-05-20");
            }
            GitHistory after = GitHistory.read(content, first);
            assertThat(after).isNotSameAs(first);
            assertThat(after.of("thong-bao/hop-dan-xom.md")).hasSize(4);
            preview.bake();
        }
        Document page = Jsoup.parse(site.page("thong-bao/hop-dan-xom.html"));
        assertThat(page.select(".history li").eachText()).hasSize(4);
        assertThat(page.select(".history li").get(0).text()).startsWith("20/05/2024: Sửa chiều dài tuyến đường");
    }

    @Test
    void substantiveChangesReachTheFeedAndMinorOnesDoNot() throws Exception {
        FixtureSite site = repository();
        site.bake();
        String feed = site.page("feed.xml");
        assertThat(feed).contains("<title>Cập nhật: Thông báo họp dân xóm Kết Thành</title>")
                .contains("<summary>Bổ sung chiều dài tuyến đường</summary>")
                .doesNotContain("Sửa dấu câu");
    }

    @Test
    void withoutGitTheSiteBakesAndSaysOnlyWhenItWasIssued() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/hop-dan-xom.html"));
        assertThat(page.select(".history p").text()).isEqualTo("Cập nhật lần cuối: 10/05/2024.");
        assertThat(page.select(".history li")).isEmpty();
    }

    @Test
    void aCommuneNotYetCommittedInARepositoryWithHistoryBakesWithoutHistory() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Files.writeString(site.dir().resolve(".gitignore"), "target/\ncontent/\n");
        try (Git git = Git.init().setDirectory(site.dir().toFile()).setInitialBranch("main").call()) {
            commit(git, "Khởi tạo kho", "2024-05-10");
            Files.writeString(site.dir().resolve("README.md"), "Xã Phú Thịnh\n");
            commit(git, "Thêm README", "2024-05-11");
        }
        assertThat(GitHistory.read(site.dir().resolve("content")).of("thong-bao/hop-dan-xom.md")).isEmpty();
        site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/hop-dan-xom.html"));
        assertThat(page.select(".history p").text()).isEqualTo("Cập nhật lần cuối: 10/05/2024.");
        assertThat(page.select(".history li")).isEmpty();
    }

    @Test
    void aShallowCloneBakesWithTheHistoryItHas() throws Exception {
        FixtureSite origin = repository();
        Path clone = tmp.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(origin.dir().toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call()) {
            assertThat(git.log().call()).hasSize(1);
        }
        vn.congkhai.bake.BakeReport report = new vn.congkhai.bake.Bakery(clone, clone.resolve("target/site")).bake();
        assertThat(report.published()).isPositive();
        Document page = Jsoup.parse(Files.readString(clone.resolve("target/site/thong-bao/hop-dan-xom.html")));
        assertThat(page.select(".history li").eachText()).singleElement().asString().startsWith("13/05/2024");
    }
}
