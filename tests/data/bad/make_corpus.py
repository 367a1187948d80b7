"""Regenerate the bad-input corpus (python tests/data/bad/make_corpus.py); the files are committed.
Each file holds what real files do wrong; tests/test_bad_input.py drops them all into data/raw
and checks that every run completes, names file, line and reason, and still loads the good rows."""

import unicodedata
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
URL = "https://stttt.example.gov.vn/bao-cao"
HEADER = "province,indicator_code,period,value,unit,source,note\n"


def cp1258(text: str) -> bytes:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            + "".join(c for c in parts if c in tones)
        )
    return "".join(out).encode("cp1258")


def main() -> None:
    sub, rep = HERE / "submissions", HERE / "reports"
    sub.mkdir(exist_ok=True)
    rep.mkdir(exist_ok=True)

    def row(province, code, period, value, unit="percent", note=""):
        return f"{province},{code},{period},{value},{unit},{URL},{note}\n"

    (sub / "utf16.csv").write_bytes(
        (HEADER + row("Nghệ An", "online_dossier_rate_pct", "2023", "61.2")).encode("utf-16")
    )
    (sub / "utf8_bom.csv").write_bytes(
        (HEADER + row("Hà Tĩnh", "online_dossier_rate_pct", "2023", "58.4")).encode("utf-8-sig")
    )
    (sub / "legacy_1258.csv").write_bytes(
        cp1258(HEADER + row("Thanh Hóa", "online_dossier_rate_pct", "2023", "63.1", note="mã hóa cũ"))
    )
    (sub / "nfd.csv").write_text(
        unicodedata.normalize(
            "NFD", HEADER + row("Quảng Bình", "online_dossier_rate_pct", "2023", "49.9", note="dạng NFD")
        ),
        encoding="utf-8",
    )
    (sub / "names.csv").write_text(
        HEADER
        + row("Atlantis", "online_dossier_rate_pct", "2023", "50")
        + row("Hưng Yên - Thái Bình", "online_dossier_rate_pct", "2023", "51")
        + row("Hà Nam", "online_dossier_rate_pct", "2023", "52"),
        encoding="utf-8",
    )
    (sub / "duplicates.csv").write_text(
        HEADER
        + row("Lào Cai", "online_dossier_rate_pct", "2023", "44.1")
        + row("Lào Cai", "online_dossier_rate_pct", "2023", "44.1"),
        encoding="utf-8",
    )
    (sub / "out_of_range.csv").write_text(
        HEADER
        + row("Sơn La", "online_dossier_rate_pct", "2023", "150")
        + row("Sơn La", "dti_rank", "2022", "0", "rank")
        + row("Sơn La", "dti_rank", "2022", "64", "rank")
        + row("Sơn La", "eid_accounts", "2023", "-5", "accounts")
        + row("Sơn La", "online_dossier_rate_pct", "2022", "12.5"),
        encoding="utf-8",
    )
    (sub / "ragged.csv").write_text(
        HEADER
        + "Yên Bái,online_dossier_rate_pct,2023,66,79,percent,"
        + URL
        + ",\n"
        + "Yên Bái,online_dossier_rate_pct,2023\n"
        + row("Yên Bái", "online_dossier_rate_pct", "2022", "40.5"),
        encoding="utf-8",
    )
    (sub / "unbalanced_quote.csv").write_text(
        HEADER
        + row("Cao Bằng", "online_dossier_rate_pct", "2022", "33.3")
        + 'Cao Bằng,online_dossier_rate_pct,2023,"35.0,percent,'
        + URL
        + ",\n"
        + row("Cao Bằng", "online_dossier_rate_pct", "2021", "30"),
        encoding="utf-8",
    )
    (sub / "empty.csv").write_bytes(b"")
    (sub / "binary.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    book = Workbook()
    sheet = book.active
    sheet.append(["province", None, "period", "value", "unit", "source", "note"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Bắc Kạn", "online_dossier_rate_pct", "2023", 20, "percent", URL, ""])
    book.save(sub / "merged_header.xlsx")
    book = Workbook()
    sheet = book.active
    sheet.append(["province", "indicator_code", "period", "value", "unit", "source", "note"])
    sheet.append(["Điện Biên", "online_dossier_rate_pct", "2023", 21.5, "percent", URL, "typed value"])
    sheet.append(
        ["Điện Biên", "online_dossier_rate_pct", "2022", "=D2-3", "percent", URL, "formula, never saved by Excel"]
    )
    book.save(sub / "formula.xlsx")
    (rep / "no_numbers.txt").write_text(
        "UBND tỉnh Lai Châu tổ chức hội nghị về chuyển đổi số. Hội nghị đánh giá cao "
        "kết quả đạt được và đề ra nhiệm vụ thời gian tới.\n",
        encoding="utf-8",
    )
    (rep / "english.txt").write_text(
        "Hanoi, 5 March 2024. Hanoi's online dossier rate reached 66.79% in 2023 and "
        "1.2 million e-ID accounts were activated.\n",
        encoding="utf-8",
    )
    (rep / "utf16_report.txt").write_bytes(
        "Ngày 10/01/2024, tỉnh Kon Tum: năm 2023 tỷ lệ hồ sơ xử lý trực tuyến đạt 41,5%.\n".encode("utf-16")
    )


if __name__ == "__main__":
    main()
