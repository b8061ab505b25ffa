package vn.congkhai.testing;

/**
 * Good disclosure files, written whole as a test site ({@code FixtureSite.inline}) for the error tests: a test writes
 * one line of one of them wrong ({@code FixtureSite.withLine}) and pins the one message that line gets. Line numbers
 * in the comments count from the {@code -- path --} line's next line, as an officer's editor does.
 */
public final class GoodFiles {

    private GoodFiles() {
    }

    /** A half-year budget that adds up: revenue line I (line 10) is the sum of its sub-lines 11 and 12. */
    public static final String BUDGET = """
            -- content/ngan-sach/2024-6-thang.json --
            {
              "title": "Công khai thực hiện dự toán thu, chi ngân sách 6 tháng đầu năm 2024",
              "date": "2024-07-10",
              "type": "ngan-sach",
              "muc_cong_khai": 2,
              "niem_yet_tu": "2024-07-11",
              "nam": 2024,
              "giai_doan": "thuc-hien-6-thang",
              "thu": [
                {"ma": "I", "noi_dung": "Thu ngân sách xã hưởng 100%", "du_toan": 200000000, "thuc_hien": 150000000, "dong": [
                  {"ma": "1", "noi_dung": "Phí, lệ phí", "du_toan": 50000000, "thuc_hien": 25000000},
                  {"ma": "2", "noi_dung": "Thu khác", "du_toan": 150000000, "thuc_hien": 125000000}
                ]},
                {"ma": "II", "noi_dung": "Thu bổ sung từ ngân sách cấp trên", "du_toan": 1000000000, "thuc_hien": 500000000}
              ],
              "chi": [
                {"ma": "I", "noi_dung": "Chi thường xuyên", "du_toan": 1200000000, "thuc_hien": 610000000}
              ],
              "tong_thu": {"du_toan": 1200000000, "thuc_hien": 650000000},
              "tong_chi": {"du_toan": 1200000000, "thuc_hien": 610000000},
              "thuyet_minh": "Thu đạt **54,2%** dự toán năm."
            }
            """;

    /** A list of four households (lines 13 to 16), two of them poor, whose summary (line 18) agrees. */
    public static final String HOUSEHOLDS = """
            -- content/ho-ngheo/2024.json --
            {
              "$schema": "../../target/schemas/ho-ngheo.schema.json",
              "title": "Danh sách hộ nghèo, hộ cận nghèo năm 2024",
              "date": "2024-07-01",
              "type": "ho-ngheo",
              "so_hieu": "99/QĐ-UBND",
              "muc_cong_khai": 7,
              "niem_yet_tu": "2024-07-02",
              "niem_yet_den": "2024-07-30",
              "nam": 2024,
              "dot": "chinh-thuc",
              "ho": [
                {"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Kết Thành", "phan_loai": "ngheo", "so_nhan_khau": 4},
                {"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Kết Thành", "phan_loai": "can-ngheo", "so_nhan_khau": 3},
                {"stt": 3, "chu_ho": "Lê Văn Cường", "xom": "Đồng Kè", "phan_loai": "ngheo", "so_nhan_khau": 5, "ghi_chu": "Hộ có người khuyết tật"},
                {"stt": 4, "chu_ho": "Phạm Thị Dung", "xom": "Đồng Kè", "phan_loai": "thoat-ngheo"}
              ],
              "tong_hop": {"ngheo": 2, "can-ngheo": 1, "thoat-ngheo": 1}
            }
            """;

    /** A table of contributions with four columns (lines 7 to 10) and two rows (13, 14) whose totals (16) agree. */
    public static final String TABLE = """
            -- content/bang/quy.json --
            {
              "title": "Quỹ đền ơn đáp nghĩa năm 2024",
              "date": "2024-07-05",
              "type": "bang",
              "muc_cong_khai": 5,
              "cot": [
                {"ma": "xom", "ten": "Xóm", "kieu": "text"},
                {"ma": "so_ho", "ten": "Số hộ đóng góp", "kieu": "so"},
                {"ma": "so_tien", "ten": "Số tiền", "kieu": "tien"},
                {"ma": "ngay_nop", "ten": "Ngày nộp", "kieu": "ngay"}
              ],
              "dong": [
                {"xom": "Kết Thành", "so_ho": 120, "so_tien": 1250000, "ngay_nop": "2024-03-05"},
                {"xom": "Đồng Kè", "so_ho": 80, "so_tien": 900000, "ngay_nop": "2024-03-07"}
              ],
              "tong": {"so_ho": 200, "so_tien": 2150000}
            }
            """;

    /** A reception schedule of three sessions (lines 8 to 10), the third on an afternoon. */
    public static final String RECEPTION = """
            -- content/lich-tiep-dan/quy-3.json --
            {
              "title": "Lịch tiếp công dân tháng 7 năm 2024",
              "date": "2024-07-01",
              "type": "lich-tiep-dan",
              "muc_cong_khai": 10,
              "niem_yet_tu": "2024-07-01",
              "lich": [
                {"ngay": "2024-07-04", "tu": "07:30", "den": "11:00", "nguoi_tiep": "Ông Nguyễn Văn Mẫu - Chủ tịch UBND xã", "dia_diem": "Phòng tiếp công dân"},
                {"ngay": "2024-07-25", "tu": "07:30", "den": "11:00", "nguoi_tiep": "Ông Nguyễn Văn Mẫu - Chủ tịch UBND xã", "dia_diem": "Phòng tiếp công dân"},
                {"ngay": "2024-07-18", "tu": "13:30", "den": "16:30", "nguoi_tiep": "Bà Lê Thị Mẫu - Phó Chủ tịch UBND xã", "dia_diem": "Phòng tiếp công dân"}
              ]
            }
            """;

    /**
     * A plan whose task 1 has two sub-tasks, each with a report (lines 11 and 13) whose evidence is the household list
     * and the budget: written with {@link #HOUSEHOLDS} and {@link #BUDGET}.
     */
    public static final String PLAN = HOUSEHOLDS + BUDGET + """
            -- content/ke-hoach/kh.json --
            {
              "title": "Kế hoạch thử",
              "date": "2024-03-01",
              "type": "ke-hoach",
              "so_hieu": "10/KH-UBND",
              "muc_cong_khai": 1,
              "ky_bao_cao": ["2024-Q1", "2024-Q2"],
              "nhiem_vu": [
                {"ma": "1", "noi_dung": "Nhiệm vụ cha", "chi_so_papi": 2, "don_vi_chu_tri": "Văn phòng - thống kê", "thoi_han": "thuong-xuyen", "nhiem_vu": [
                  {"ma": "1.1", "noi_dung": "Công khai danh sách hộ nghèo", "chi_so_papi": 2, "don_vi_chu_tri": "Văn hóa - xã hội", "thoi_han": "2024-06-30",
                   "bao_cao": [{"ky": "2024-Q2", "trang_thai": "hoan-thanh", "tien_do": 100, "ket_qua": "Đã niêm yết.", "minh_chung": ["ho-ngheo/2024.html"]}]},
                  {"ma": "1.2", "noi_dung": "Công khai ngân sách", "chi_so_papi": 2, "don_vi_chu_tri": "Tài chính - kế toán", "thoi_han": "thuong-xuyen",
                   "bao_cao": [{"ky": "2024-Q2", "trang_thai": "dang-thuc-hien", "tien_do": 50, "minh_chung": ["/ngan-sach/2024-6-thang.html"]}]}
                ]}
              ]
            }
            """;

    /** A policy in Markdown: header fields on lines 1 to 7 (who it is for on line 6), its one line of text on line 9. */
    public static final String POLICY = """
            -- content/chinh-sach/bhyt.md --
            title=Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo
            date=2024-01-15
            type=chinh-sach
            muc_cong_khai=7
            ngay_hieu_luc=2024-02-01
            doi_tuong=Người thuộc hộ cận nghèo
            linh_vuc=Y tế
            ~~~~~~
            Người thuộc hộ cận nghèo được hỗ trợ 70% mức đóng bảo hiểm y tế.
            """;

    /** A procedure whose steps are on line 9. */
    public static final String PROCEDURE = """
            -- content/thu-tuc/khai-sinh.json --
            {
              "title": "Đăng ký khai sinh",
              "date": "2024-01-02",
              "type": "thu-tuc",
              "muc_cong_khai": 13,
              "ma_thu_tuc": "1.001193",
              "ten": "Đăng ký khai sinh",
              "linh_vuc": "Hộ tịch",
              "trinh_tu": ["Nộp tờ khai.", "Nhận giấy khai sinh."],
              "cach_thuc": ["Trực tiếp", "Trực tuyến"],
              "thanh_phan_ho_so": [{"ten": "Tờ khai đăng ký khai sinh", "so_luong": 1}],
              "thoi_han_giai_quyet": "Ngay trong ngày",
              "doi_tuong": "Cha, mẹ của trẻ",
              "co_quan_thuc_hien": "UBND xã Phú Thịnh",
              "phi_le_phi": [{"ten": "Lệ phí đăng ký khai sinh", "muc_vnd": 0}]
            }
            """;

    /**
     * The commune's organisation and contacts (Decree 42/2022): leaders on lines 12–13, a department whose duties
     * are not translated yet on line 17, the focal officer on line 19.
     */
    public static final String ORGANISATION = """
            -- content/co-cau-to-chuc/uy-ban.json --
            {
              "title": "Cơ cấu tổ chức và thông tin liên hệ của Ủy ban nhân dân xã Phú Thịnh",
              "date": "2024-07-10",
              "type": "co-cau-to-chuc",
              "chuc_nang": "Ủy ban nhân dân xã là cơ quan hành chính nhà nước ở xã.",
              "chuc_nang_tieng_anh": "The People's Committee is the state administrative body of the commune.",
              "dia_chi": "Xóm Kết Thành, xã Phú Thịnh, tỉnh Thái Nguyên",
              "dia_chi_tieng_anh": "Ket Thanh hamlet, Phu Thinh commune, Thai Nguyen province",
              "dien_thoai": "0208 3000 111",
              "email": "phuthinh@example.vn",
              "lanh_dao": [
                {"ho_ten": "Nguyễn Văn Mẫu", "chuc_vu": "Chủ tịch Ủy ban nhân dân xã", "chuc_vu_tieng_anh": "Chairman of the Commune People's Committee", "linh_vuc_phu_trach": "Phụ trách chung, tài chính - ngân sách", "linh_vuc_phu_trach_tieng_anh": "General management, finance and budget", "dien_thoai": "0208 3000 333", "email": "nvmau@example.vn"},
                {"ho_ten": "Lê Thị Mai", "chuc_vu": "Phó Chủ tịch Ủy ban nhân dân xã", "chuc_vu_tieng_anh": "Vice Chairwoman of the Commune People's Committee", "linh_vuc_phu_trach": "Văn hóa - xã hội", "linh_vuc_phu_trach_tieng_anh": "Culture and social affairs", "dien_thoai": "0912 345 678"}
              ],
              "bo_phan": [
                {"ten": "Văn phòng - Thống kê", "ten_tieng_anh": "Office and Statistics", "nhiem_vu": "Văn thư, lưu trữ, quản lý trang công khai", "nhiem_vu_tieng_anh": "Records, archives, the public information portal", "dien_thoai": "0208 3000 444"},
                {"ten": "Tư pháp - Hộ tịch", "ten_tieng_anh": "Justice and Civil Status", "nhiem_vu": "Chứng thực, đăng ký hộ tịch"}
              ],
              "dau_moi": {"ho_ten": "Hà Thị Lan", "chuc_vu": "Công chức Văn phòng - Thống kê", "chuc_vu_tieng_anh": "Office and Statistics officer", "dien_thoai": "0208 3000 444", "email": "vanphong@example.vn"}
            }
                        """;

    /** The good site holding the file at {@code path}: the file and what it refers to. */
    public static String siteOf(String path) {
        return switch (path) {
            case "content/ngan-sach/2024-6-thang.json" -> BUDGET;
            case "content/ho-ngheo/2024.json" -> HOUSEHOLDS;
            case "content/bang/quy.json" -> TABLE;
            case "content/lich-tiep-dan/quy-3.json" -> RECEPTION;
            case "content/ke-hoach/kh.json" -> PLAN;
            case "content/chinh-sach/bhyt.md" -> POLICY;
            case "content/thu-tuc/khai-sinh.json" -> PROCEDURE;
            default -> throw new IllegalArgumentException("no good file " + path);
        };
    }

    /** The good site holding {@code path}, with its line {@code line} written as {@code written}. */
    public static FixtureSite withLine(java.nio.file.Path parent, String path, int line, String written) {
        return FixtureSite.inline(parent, siteOf(path)).withLine(path, line, written);
    }
}
