#!/usr/bin/env python3
"""Validates assessments with the published JSON Schema in Python (`jsonschema`), the way a vendor outside
TypeScript would, and prints one verdict per document.

The schema's patterns carry every rule a regex can state; the custom formats that need code (calendar days, check
digits, the test-number policy) are implemented here from their description in the conformance README, without
reading the SDK's TypeScript. The cross-field rules (R1-R13, A1-A3 in the README) are not checked here: the JSON
Schema cannot state them.

Usage: check_schema.py SCHEMA CASES.jsonl
  each line of CASES: {"id": ..., "document": ..., "allowTestNumbers": true|false}
  each line printed:  {"id": ..., "valid": true|false}
"""
import json
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker

DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?![\d\D])")
DATE_TIME = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?![\d\D])"
)
W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
WORG = (3, 2, 7, 6, 5, 4, 3, 2)
ASCII_DIGITS = re.compile(r"^[0-9]+(?![\d\D])")


def days_in_month(y, m):
    """The proleptic Gregorian calendar, year 0 included (a leap year)."""
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def real_day(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)


def is_date(v):
    m = DATE.search(v) if isinstance(v, str) else None
    return m is not None and real_day(int(m[1]), int(m[2]), int(m[3]))


def is_date_time(v):
    m = DATE_TIME.search(v) if isinstance(v, str) else None
    return m is not None and real_day(int(m[1]), int(m[2]), int(m[3]))


def control_digits_ok(v):
    """Two mod-11 control digits: classic (remainder 0) or the 2032 rule (first remainder 1-3)."""
    d = [int(c) for c in v]
    r1 = (sum(a * b for a, b in zip(d, W1)) + d[9]) % 11
    r2 = (sum(a * b for a, b in zip(d, W2)) + d[10]) % 11
    return r2 == 0 and r1 <= 3


def century(individual, yy):
    if individual <= 499:
        return 1900
    if 500 <= individual <= 749 and yy >= 55:
        return 1800
    if individual >= 900 and yy >= 40:
        return 1900
    if individual >= 500 and yy < 40:
        return 2000
    return None


def person_number_ok(kind, v, allow_test):
    if not (isinstance(v, str) and ASCII_DIGITS.search(v) and len(v) == 11 and control_digits_ok(v)):
        return False
    first, third = int(v[0]), int(v[2])
    if kind == "fhn":
        return first >= 8
    if (kind == "dnr" and not 4 <= first <= 7) or (kind == "fnr" and first > 3):
        return False
    day = int(v[0:2]) - (40 if kind == "dnr" else 0)
    month = int(v[2:4])
    test = False
    if 81 <= month <= 92:
        month, test = month - 80, True
    elif 41 <= month <= 52:
        month, test = month - 40, True
    c = century(int(v[6:9]), int(v[4:6]))
    if c is None or not real_day(c + int(v[4:6]), month, day):
        return False
    return allow_test or not test


def digits_of_length(v, lo, hi):
    return isinstance(v, str) and ASCII_DIGITS.search(v) is not None and lo <= len(v) <= hi


def orgnr_ok(v):
    if not digits_of_length(v, 9, 9):
        return False
    d = [int(c) for c in v]
    r = sum(a * b for a, b in zip(d, WORG)) % 11
    return r != 1 and (0 if r == 0 else 11 - r) == d[8]


def checker(allow_test):
    fc = FormatChecker(formats=())
    fc.checks("date")(is_date)
    fc.checks("date-time")(is_date_time)
    for kind in ("fnr", "dnr", "fhn"):
        fc.checks(f"no-{kind}")(lambda v, k=kind: person_number_ok(k, v, allow_test))
    fc.checks("no-duf")(lambda v: digits_of_length(v, 12, 12))
    fc.checks("no-hpr")(lambda v: digits_of_length(v, 1, 9))
    fc.checks("no-her-id")(lambda v: digits_of_length(v, 1, 9))
    fc.checks("no-orgnr")(orgnr_ok)
    # line, text, token, version, phone, lang, icd10-neoplasm: the pattern beside the format is the whole rule.
    return fc


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validators = {flag: Draft202012Validator(schema, format_checker=checker(flag)) for flag in (False, True)}
    out = []
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            v = validators[bool(case.get("allowTestNumbers"))]
            out.append(json.dumps({"id": case["id"], "valid": v.is_valid(case["document"])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
