"""Who sends rejection emails without being the company: applicant systems and free mail."""

from __future__ import annotations

# Applicant-tracking systems and mail providers: a sender here never names the company.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "myworkday.com",
    "workday.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "icims.com",
    "jobvite.com",
    "taleo.net",
    "bamboohr.com",
    "workablemail.com",
    "workable.com",
    "recruitee.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "breezy.hr",
    "jazzhr.com",
    "applytojob.com",
    "successfactors.com",
    "successfactors.eu",
    "eightfold.ai",
    "pinpointhq.com",
    "linkedin.com",
    "indeed.com",
)


FREE_MAIL = frozenset(
    {
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "mac",
        "proton",
        "protonmail",
        "aol",
        "gmx",
        "web",
        "mail",
        "yandex",
        "zoho",
        "fastmail",
        "hey",
        "example",
    }
)


ATS_NAMES = frozenset(
    {
        "greenhouse",
        "lever",
        "workday",
        "ashby",
        "smartrecruiters",
        "icims",
        "jobvite",
        "taleo",
        "bamboohr",
        "workable",
        "recruitee",
        "teamtailor",
        "linkedin",
        "indeed",
    }
)
