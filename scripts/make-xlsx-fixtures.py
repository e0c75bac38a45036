#!/usr/bin/env python3
"""Writes the .xlsx test fixtures of Tests/StakeMapFormatsTests/Fixtures/xlsx/ (committed; run
again only to change them). contacts.xlsx and contacts.csv hold the same contacts, as Excel
(through openpyxl, when installed) and as a ';'-separated CSV with a byte-order mark; the other
workbooks are written by hand with zipfile, to hold what openpyxl does not write (inline strings,
rows and cells without references, the 1904 date system, Excel's _x000D_ escapes) and what no
honest writer writes (a zip bomb, a broken shared-string index)."""
import datetime
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "StakeMapFormatsTests", "Fixtures", "xlsx")

CONTACTS = [
    ["Name", "Organisation", "Role", "Country", "Email", "Phone", "Met on", "Active", "Meetings"],
    ["حنان صالح", "تحالف المرأة الليبية", "منسقة", "ليبيا", "hanan@example.org", "+218 91 000 0000", datetime.date(2024, 3, 14), True, 3],
    ["Amal Haddad", "Libyan Women's Alliance", "Member", "Tunisia", None, None, datetime.date(2023, 11, 2), False, 1],
    ["Stephanie Williams", "UNSMIL", "Special Adviser", "United States", "sw@example.org", None, None, True, 12],
    ["Fatima Al-Mansouri", "Together We Build It", "Director", "Libye", None, 218912345678, datetime.date(2022, 1, 31), True, 4.5],
]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_contacts():
    with open(os.path.join(HERE, "contacts.csv"), "w", encoding="utf-8-sig", newline="") as out:
        for row in CONTACTS:
            out.write(";".join(cell_text(value) for value in row) + "\r\n")
    try:
        import openpyxl
    except ImportError:
        print("openpyxl is not installed: contacts.xlsx left as it is", file=sys.stderr)
        return
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Contacts"
    for row in CONTACTS:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        row[0].number_format = "yyyy-mm-dd"
    other = workbook.create_sheet("Libya mission")
    other.append(["Nom", "Poste", "Pays"])
    other.append(["Amina Belhaj", "Avocate", "Libye"])
    workbook.save(os.path.join(HERE, "contacts.xlsx"))


def workbook_parts(sheets, shared=None, styles=None, date1904=False, prefix=""):
    """The parts of a workbook: sheets is a list of (name, sheet XML)."""
    p = prefix + ":" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS)]
    sheet_list = "".join(f'<{p}sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
    pr = f'<{p}workbookPr date1904="1"/>' if date1904 else ""
    entries.append(("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<{p}workbook {ns} xmlns:r="{RELS}">{pr}<{p}sheets>{sheet_list}</{p}sheets></{p}workbook>'))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{RELS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    entries.append(("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'))
    for i, (_, xml) in enumerate(sheets):
        entries.append((f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f'<{p}worksheet {ns}><{p}sheetData>{xml}</{p}sheetData></{p}worksheet>'))
    if shared is not None:
        items = "".join(shared)
        entries.append(("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f'<{p}sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">{items}</{p}sst>'))
    if styles is not None:
        entries.append(("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">{styles}</styleSheet>'))
    return entries


def write_zip(name, entries):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in entries:
            archive.writestr(path, text)


def write_handmade():
    shared = ["<si><t>Name</t></si>", "<si><r><t>Organi</t></r><r><rPr><b/></rPr><t>sation</t></r></si>",
              "<si><t>علياء</t><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>", "<si><t>line one_x000D_\nline two</t></si>"]
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="22"/></cellXfs>')
    sheet = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Date</t></is></c>'
             '<c r="D1" t="inlineStr"><is><t>Flag</t></is></c><c r="AA1" t="inlineStr"><is><t>Far</t></is></c></row>'
             # a row without its reference, cells without theirs
             '<row><c t="s"><v>2</v></c><c t="str"><f>CONCAT("W","PS")</f><v>WPS</v></c><c s="1"><v>45365</v></c><c t="b"><v>1</v></c></row>'
             '<row r="5"><c r="A5" t="s"><v>3</v></c><c r="B5" t="e"><v>#N/A</v></c><c r="C5" s="2"><v>44958</v></c>'
             '<c r="D5" t="b"><v>0</v></c><c r="E5" s="3"><v>0.5</v></c><c r="F5" s="4"><v>45365.75</v></c>'
             '<c r="G5"><v>0.1</v></c><c r="H5"><v>1.5E3</v></c><c r="AA5" t="inlineStr"><is><t>far away</t></is></c></row>'
             '<row r="9"><c r="A9" t="inlineStr"><is><t xml:space="preserve">  </t></is></c></row>')
    write_zip("handmade.xlsx", workbook_parts([("Sheet1", sheet)], shared=shared, styles=styles))
    # The 1904 date system and a namespace prefix (x:), as some generators write.
    sheet1904 = '<x:row r="1"><x:c r="A1" s="1"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>43903</x:v></x:c></x:row>'
    write_zip("date1904.xlsx", workbook_parts([("Old Mac", sheet1904)], styles='<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
                                             date1904=True, prefix="x"))
    # A shared-string index past the end: a located error at C7.
    broken = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="7"><c r="A7" t="inlineStr"><is><t>x</t></is></c><c r="C7" t="s"><v>5</v></c></row>'
    write_zip("broken-index.xlsx", workbook_parts([("Contacts", broken)], shared=["<si><t>only</t></si>"]))


def write_bomb():
    """A sheet whose deflated stream (20 KB) inflates to 20 MB of spaces while its headers claim
    1 KB (caught by counting, under a lower limit than the default), and a copy whose headers
    say 4 GB (caught before inflating, under the default limits)."""
    parts = workbook_parts([("Sheet1", "")])
    path = os.path.join(HERE, "bomb.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, text)
    head = f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunks = [compressor.compress(head)]
    block = b" " * (1 << 20)
    crc = zlib.crc32(head)
    for _ in range(20):
        chunks.append(compressor.compress(block))
        crc = zlib.crc32(block, crc)
    chunks.append(compressor.flush())
    add_raw_entry(path, "xl/worksheets/sheet1.xml", b"".join(chunks), crc, claimed=1024, out=path)
    add_raw_entry(path, "xl/worksheets/sheet1.xml", b"".join(chunks), crc, claimed=0xFFFFFFF0,
                  out=os.path.join(HERE, "bomb-declared.xlsx"))


def add_raw_entry(source, name, deflated, crc, claimed, out):
    """Copies the archive `source` to `out` with one more deflated entry whose sizes say `claimed`."""
    with zipfile.ZipFile(source) as archive:
        items = [(info.filename, archive.read(info.filename)) for info in archive.infolist() if info.filename != name]
    local, central, offset = b"", b"", 0
    for entry_name, data, raw, entry_crc, size in [(n, d, zlib.compress(d, 9)[2:-4], zlib.crc32(d), len(d)) for n, d in items] + [(name, None, deflated, crc, claimed)]:
        encoded = entry_name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, entry_crc, len(raw), size, len(encoded), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, entry_crc, len(raw), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        local += header + encoded + raw
        offset += len(header) + len(encoded) + len(raw)
    count = len(items) + 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), offset, 0)
    with open(out, "wb") as file:
        file.write(local + central + end)


if __name__ == "__main__":
    os.makedirs(HERE, exist_ok=True)
    write_contacts()
    write_handmade()
    write_bomb()
