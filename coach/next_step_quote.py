"""Whether an entry's "Next step" is only a plan's words, which that plan still keeps."""

from __future__ import annotations

from typing import Any


def only_a_plan_quoted(next_step: str, entry_id: str, plans: Any) -> bool:
    """Whether a "Next step" is only the words of a plan of this entry, which that plan keeps.

    rv40 D12: `coach plans edit` moved a quoted step while the person typed in
    it; the clash kept the moved step as a whole "(other version)" entry,
    though the plan itself still holds every word of it.
    """
    from coach.plan_record import plan_from_record
    from coach.plans import PlanError

    step = next_step.strip()
    if not step or not isinstance(plans, dict):
        return False
    for record in plans.values():
        if isinstance(record, dict) and record.get("entry_id") == entry_id:
            try:
                if plan_from_record(record).text == step:
                    return True
            except PlanError:
                continue
    return False
