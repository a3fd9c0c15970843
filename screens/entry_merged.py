"""What is said when an entry's save met another version of it: merged, kept apart, or back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.journal import Saved

# Who saved the version met, said as the person knows them.
ELSEWHERE = "This entry was also changed elsewhere"
HERE = "You saved this entry from another screen in this coach too"


def entry_merged_notice(
    saved: Saved, keymap: Mapping[str, str], *, ours: bool
) -> tuple[str, dict[str, Any]] | None:
    """The toast for a save that met another version, and its options; None when none met.

    ours: the version met was this coach's own save from another screen on the
    entry (two stacked, saved in turn), which is no other coach's (fz38's note).
    """
    from coach.field_words import field_words

    if saved.conflict_copy is not None:
        same = f"{len(saved.conflicts)} fields" if len(saved.conflicts) > 1 else "field"
        fields = field_words(saved.conflicts)
        copy = saved.conflict_copy.summary_on_screen()
        if ours:
            said = (
                f"{HERE}, with other words in the same {same} ({fields}). These words are "
                f"saved in it now; the other screen's are kept as a separate entry: {copy}."
            )
        else:
            kept = "already kept" if saved.copy_kept_before else "kept"
            said = (
                f"{ELSEWHERE} (another coach, a sync tool or a hand edit) in the same {same} "
                f"({fields}). Yours is saved; the other version is {kept} as a separate "
                f"entry: {copy}."
            )
        return said, {"severity": "warning", "timeout": 15}
    if saved.restored:
        from screens.journal.deleted_elsewhere import deleted_elsewhere_said

        return deleted_elsewhere_said(keymap), {"severity": "warning", "timeout": 12}
    if saved.merged:
        fields = field_words(saved.merged)
        if ours:
            said = f"{HERE}, in other fields ({fields}); the one entry now has both."
            return said, {"timeout": 8}
        # One entry holds both: "kept beside yours" read as if there were two copies.
        said = f"{ELSEWHERE}, in other fields ({fields}); the one entry now has their changes"
        said += " and yours."
        return said, {"timeout": 8}
    return None
