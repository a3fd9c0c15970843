"""The guidance: its types (model), reading a file (reading, parser), loading it (loader)."""

from __future__ import annotations

from coach.content.loader import check_content_dir, content_files, load_content, shipped_content_dir
from coach.content.model import (
    ADVICE_KINDS,
    DEFAULT_TEMPLATE,
    FILE_TYPES,
    MIN_PLANS,
    OPTIONAL_PART_IDS,
    PART_IDS,
    PLACEHOLDERS,
    STAGE_GROUPS,
    TOPICS,
    Advice,
    Content,
    Diagnosis,
    Guide,
    LoadResult,
    Problem,
    Question,
    Source,
    StagePlans,
    Template,
    TemplatePart,
)

__all__ = [
    "ADVICE_KINDS",
    "DEFAULT_TEMPLATE",
    "FILE_TYPES",
    "MIN_PLANS",
    "OPTIONAL_PART_IDS",
    "PART_IDS",
    "PLACEHOLDERS",
    "STAGE_GROUPS",
    "TOPICS",
    "Advice",
    "Content",
    "Diagnosis",
    "Guide",
    "LoadResult",
    "Problem",
    "Question",
    "Source",
    "StagePlans",
    "Template",
    "TemplatePart",
    "check_content_dir",
    "content_files",
    "load_content",
    "shipped_content_dir",
]
