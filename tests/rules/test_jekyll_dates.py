"""Post dates and time zones as Jekyll computes them (jekyll-semantics.md section 2.1 and cases
1-5, 8 and 9 of section 12). Rows marked "Jekyll 4.3.1" or "Ruby" were checked against a real
Jekyll build or Ruby 3.1's Time.parse with TZ set to the zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mkdocs_blog_plugin.jekyll.dates import (
    _common_form,
    _full_date_parse,
    load_zone,
    parse_filename_date,
    parse_front_matter_date,
)
from mkdocs_blog_plugin.jekyll.frontmatter import split_front_matter
from mkdocs_blog_plugin.jekyll.problems import RuleError


def iso(moment: datetime) -> str:
    """As Jekyll's date_to_xmlschema shows it: to the second, with the zone's offset."""
    return moment.isoformat(timespec="seconds")


def yaml_date(text: str) -> object:
    """The `date` value as PyYAML types `date: <text>` in front matter."""
    return split_front_matter(f"---\ndate: {text}\n---\n").data["date"]


@pytest.mark.parametrize(
    ("zone", "front_matter", "expected"),
    [
        # features/site_configuration.feature
        ("Pacific/Honolulu", "2013-04-10 03:14 +0400", "2013-04-09T13:14:00-10:00"),
        ("Australia/Eucla", "2013-04-09 23:22 +0400", "2013-04-10T04:07:00+08:45"),
        ("America/New_York", "2013-04-09 23:22 -0400", "2013-04-09T23:22:00-04:00"),
        # test/test_document.rb (TZ=UTC)
        ("UTC", "2015-10-01 01:00:00 +0800", "2015-09-30T17:00:00+00:00"),
        ("UTC", "2015-10-01 01:00:00", "2015-10-01T01:00:00+00:00"),
        ("UTC", "2015-10-01", "2015-10-01T00:00:00+00:00"),
        # section 12, cases 1-4
        ("UTC", "2014-02-11 13:40:00 +0100", "2014-02-11T12:40:00+00:00"),
        ("Europe/Brussels", "2014-02-11 13:40:00 +0100", "2014-02-11T13:40:00+01:00"),
        ("UTC", "2014-02-11 00:30:00 +0100", "2014-02-10T23:30:00+00:00"),
        ("Pacific/Honolulu", "2013-04-10 03:14:00 +0400", "2013-04-09T13:14:00-10:00"),
        ("Australia/Sydney", "2013-03-14 23:42:50", "2013-03-15T10:42:50+11:00"),
        ("Australia/Sydney", '"2013-03-14 23:42:50"', "2013-03-14T23:42:50+11:00"),
        ("Australia/Sydney", "2013-03-14 23:42", "2013-03-14T23:42:00+11:00"),
        # Jekyll 4.3.1 with timezone: Australia/Sydney
        ("Australia/Sydney", "2014-01-01 10:00:00 -5", "2014-01-02T02:00:00+11:00"),
        ("Australia/Sydney", '"2014-01-01 10:00 -5"', "2014-01-01T10:00:00+11:00"),
        ("Australia/Sydney", "2014-01-01T10:00:00Z", "2014-01-01T21:00:00+11:00"),
        ("Australia/Sydney", "2016-02-30", "2016-03-01T00:00:00+11:00"),
        ("Australia/Sydney", "2014-01-01 10:00:00 +01:00", "2014-01-01T20:00:00+11:00"),
        ("Australia/Sydney", "2014-01-01 10:00:00 +0100", "2014-01-01T20:00:00+11:00"),
        ("Australia/Sydney", "2014-06-01 10:00 EST", "2014-06-02T01:00:00+10:00"),
        ("Australia/Sydney", "2014-06-01 10:00 AEST", "2014-06-01T10:00:00+10:00"),
        ("Australia/Sydney", "2014-06-01 10:00 AEDT", "2014-06-01T09:00:00+10:00"),
        ("Australia/Sydney", "2014-01-01 10:00 AEDT", "2014-01-01T10:00:00+11:00"),
        ("Australia/Sydney", "2014-01-01", "2014-01-01T00:00:00+11:00"),
        ("Australia/Sydney", "2014-07-01 10:00 pm", "2014-07-01T22:00:00+10:00"),
        ("Australia/Sydney", "'2014-07-01 10:00:00.5 +01:00'", "2014-07-01T19:00:00+10:00"),
        # Jekyll 4.3.1, UTC
        ("UTC", "20190108", "2019-01-08T00:00:00+00:00"),
        ("UTC", "2019-01-08 10:00:00.75", "2019-01-08T10:00:00+00:00"),
        # the 18f corpus as Jekyll 4.3.1 dated it
        ("UTC", "June 2, 2020", "2020-06-02T00:00:00+00:00"),
        ("UTC", "2017-09-27 (optional)", "2017-09-27T00:00:00+00:00"),
        ("UTC", "2016-06-17 12:00-400", "2016-06-17T12:00:00+00:00"),
        ("UTC", "'2016-03-22 14:00 EDT'", "2016-03-22T18:00:00+00:00"),
        ("UTC", "2016-03-21 12:00 EDT", "2016-03-21T16:00:00+00:00"),
        ("UTC", '"2016-03-23 09:00 EDT"', "2016-03-23T13:00:00+00:00"),
        ("UTC", "2017-11-8", "2017-11-08T00:00:00+00:00"),
        ("UTC", "2015-12-08 10:00", "2015-12-08T10:00:00+00:00"),
        ("UTC", "2020-07-07T00:00:00.000Z", "2020-07-07T00:00:00+00:00"),
        ("UTC", "'2014-05-14T11:02:00-04:00'", "2014-05-14T15:02:00+00:00"),
        # the jekyll-docs corpus (America/Los_Angeles) as Jekyll 4.3.1 dated it
        ("America/Los_Angeles", '"2013-05-06 02:12:52 +0200"', "2013-05-05T17:12:52-07:00"),
        ("America/Los_Angeles", "2016-05-18 21:35:27 -0700", "2016-05-18T21:35:27-07:00"),
        ("America/Los_Angeles", "2023-01-29 18:30:22 2023 -0800", "2023-01-29T18:30:22-08:00"),
    ],
)
def test_front_matter_date(zone: str, front_matter: str, expected: str) -> None:
    assert iso(parse_front_matter_date(yaml_date(front_matter), ZoneInfo(zone))) == expected


@pytest.mark.parametrize(
    ("front_matter", "python_type"),
    [
        ("2014-02-11 13:40:00 +0100", str),
        ("2014-02-11 13:40:00 +01:00", datetime),
        ("2010-01-10 13:07:09", datetime),
        ("2015-10-01", date),
        ("2019-12-3", str),
        ("2014-04-27 11:34", str),
        ("2016-02-30", str),  # an impossible date stays text, as in Jekyll's YAML
        ('"2015-10-01"', str),
    ],
)
def test_how_pyyaml_types_dates(front_matter: str, python_type: type) -> None:
    assert type(yaml_date(front_matter)) is python_type


@pytest.mark.parametrize(
    ("zone", "value", "expected"),
    [
        ("UTC", date(2010, 1, 10), "2010-01-10T00:00:00+00:00"),  # case 5: beats the file name
        ("Pacific/Honolulu", date(2010, 1, 10), "2010-01-10T00:00:00-10:00"),
        ("UTC", datetime(2010, 1, 10, 13, 7, 9, 500000), "2010-01-10T13:07:09+00:00"),
        ("Australia/Sydney", datetime(2013, 3, 14, 23, 42, 50), "2013-03-15T10:42:50+11:00"),
        (
            "Europe/Brussels",
            datetime(2014, 2, 11, 13, 40, tzinfo=timezone(timedelta(hours=1))),
            "2014-02-11T13:40:00+01:00",
        ),
        ("America/Sao_Paulo", date(2018, 11, 4), "2018-11-04T01:00:00-02:00"),  # Ruby: no midnight
        ("UTC", 20190108, "2019-01-08T00:00:00+00:00"),  # Jekyll 4.3.1 reads `to_s`
        # Ruby: offsets Time.zone_offset does not know leave the time local
        ("UTC", "2014-01-01 10:00 -5", "2014-01-01T10:00:00+00:00"),
        ("America/New_York", "2016-06-17 12:00-400", "2016-06-17T12:00:00-04:00"),
        ("UTC", "2014-01-01 10:00 CEST", "2014-01-01T10:00:00+00:00"),
        ("Europe/Berlin", "2019-07-27 02:30 cest", "2019-07-27T02:30:00+02:00"),
        ("Europe/Berlin", "2019-07-27 02:30 CET", "2019-07-27T03:30:00+02:00"),
        ("UTC", "2014-01-01 10:00 +01", "2014-01-01T09:00:00+00:00"),
        ("UTC", "2014-01-01 10:00 +1", "2014-01-01T10:00:00+00:00"),
        ("UTC", "2016-01-01 10:00 +05:30:15", "2016-01-01T04:29:45+00:00"),
        ("UTC", "2016-01-01 10:00 a.m. utc", "2016-01-01T10:00:00+00:00"),
        ("UTC", "2016-01-01 12am", "2016-01-01T00:00:00+00:00"),
        ("UTC", "Tue, 03 Sep 2019 10:00:00 +0200", "2019-09-03T08:00:00+00:00"),
        ("UTC", "3 June 2020", "2020-06-03T00:00:00+00:00"),
        ("UTC", "2020/06/02", "2020-06-02T00:00:00+00:00"),
        ("UTC", "March 2014", "2014-03-01T00:00:00+00:00"),
        ("UTC", "2016-100", "2016-04-09T00:00:00+00:00"),
        ("UTC", "'99-1-9", "1999-01-09T00:00:00+00:00"),
        # Ruby: Time rolls over days, hours and seconds past the end
        ("UTC", "2016-02-31", "2016-03-02T00:00:00+00:00"),
        ("UTC", "2016-01-01 24:00", "2016-01-02T00:00:00+00:00"),
        ("UTC", "2016-01-01 10:59:60", "2016-01-01T11:00:00+00:00"),
        ("UTC", "2016-02-31 23:30 -0100", "2016-03-01T00:30:00+00:00"),
        # Ruby: a wall time skipped by DST moves forward, a repeated one is the later one
        ("America/New_York", "2019-03-10 02:30", "2019-03-10T03:30:00-04:00"),
        ("America/New_York", "2019-11-03 01:30", "2019-11-03T01:30:00-05:00"),
        ("America/New_York", "2019-11-03 01:30 EDT", "2019-11-03T01:30:00-04:00"),
    ],
)
def test_front_matter_date_values(zone: str, value: object, expected: str) -> None:
    assert iso(parse_front_matter_date(value, ZoneInfo(zone))) == expected


def test_fraction_of_a_second_kept_from_text() -> None:
    parsed = parse_front_matter_date("2014-07-01 10:00:00.5 +01:00", ZoneInfo("UTC"))
    assert parsed == datetime(2014, 7, 1, 9, 0, 0, 500000, tzinfo=timezone.utc)


def test_missing_parts_come_from_now() -> None:
    zone = ZoneInfo("Asia/Tokyo")
    before = datetime.now(zone)
    parsed = parse_front_matter_date("12:00", zone)
    after = datetime.now(zone)
    assert parsed.time().isoformat() == "12:00:00"
    assert parsed.date() in (before.date(), after.date())


@pytest.mark.parametrize(
    "value",
    [
        "tuesday",  # case 8
        "2016-22-01",
        "9999-99-99",
        "2016-00-10",
        "2016-01-00",
        "2016-01-32",
        "2016-01-01 24:30",
        "2016-01-01 10:60",
        "2016-01-01 10:59:61",
        "2016-01-01 10:00 +2400",
        "2015-366",
        "2014",
        "1 2 3",
        "",
        "2016-01-01" + " " * 130,  # Ruby's Date._parse refuses over 128 characters
        "12345678931123456789pm",  # Ruby raises RangeError
        2014,
        None,
        True,
        1.5,
        ["2014-01-01"],
        {"date": "2014-01-01"},
    ],
)
def test_invalid_front_matter_date(value: object) -> None:
    with pytest.raises(RuleError) as caught:
        parse_front_matter_date(value, ZoneInfo("UTC"))
    assert caught.value.message == f"invalid date {value!r}"


@pytest.mark.parametrize(
    ("zone", "text", "expected"),
    [
        ("UTC", "2009-03-27", "2009-03-27T00:00:00+00:00"),
        ("UTC", "2017-2-5", "2017-02-05T00:00:00+00:00"),  # case 6
        ("UTC", "99-1-9", "1999-01-09T00:00:00+00:00"),  # Jekyll 4.3.1
        ("UTC", "17-2-5", "2017-02-05T00:00:00+00:00"),
        ("UTC", "2016-02-30", "2016-03-01T00:00:00+00:00"),
        ("Pacific/Honolulu", "2008-09-09", "2008-09-09T00:00:00-10:00"),
        ("Australia/Eucla", "2013-04-10", "2013-04-10T00:00:00+08:45"),
        ("America/Los_Angeles", "2016-05-18", "2016-05-18T00:00:00-07:00"),
    ],
)
def test_filename_date(zone: str, text: str, expected: str) -> None:
    assert iso(parse_filename_date(text, ZoneInfo(zone))) == expected


@pytest.mark.parametrize("text", ["2016-22-01", "9999-99-99", "2016-13-01", "2016-1-0"])
def test_invalid_filename_date(text: str) -> None:  # case 9
    with pytest.raises(RuleError) as caught:
        parse_filename_date(text, ZoneInfo("UTC"))
    assert caught.value.message == f"invalid date {text!r} in the file name"


@pytest.mark.parametrize("name", ["UTC", "America/New_York", "Australia/Eucla", "Etc/GMT+5"])
def test_load_zone(name: str) -> None:
    assert load_zone(name) == ZoneInfo(name)


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "", "../etc/passwd", "America", "EDT"])
def test_unknown_zone(name: str) -> None:
    with pytest.raises(RuleError) as caught:
        load_zone(name)
    assert caught.value.message == f"unknown time zone {name!r}"


def _common_forms() -> list[str]:
    dates = [
        f"{y}-{m}-{d}"
        for y in ("0000", "0099", "1969", "2014", "9999")
        for m in ("01", "02", "09", "12")
        for d in ("01", "09", "28", "29", "30", "31")
    ]
    times = ["", " 00:00", " 13:40", " 23:59", " 00:00:00", " 13:40:07", " 23:59:59"]
    zones = ["", " +0000", " -0000", " +0100", " -0930", " +05:30", " -12:00", " +1459"]
    forms = [d + t for d in dates for t in times]
    forms += [d + t + z for d in dates[::7] for t in times[1:] for z in zones[1:]]
    return forms


def test_the_common_date_form_reads_as_the_full_parse_does() -> None:
    forms = _common_forms()
    assert len(forms) > 1000
    for text in forms:
        assert _common_form(text) == _full_date_parse(text), text
    for other in ("2014-2-11", "2014-02-11T13:40:00", "2014-02-11 13:40:00 UTC", "2014-13-01"):
        assert _common_form(other) is None
