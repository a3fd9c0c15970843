"""A bracketed paste's own ESC bytes made harmless before Textual's key parser reads them.

Textual's parser takes an ESC inside a paste for the start of a key
sequence: what follows it leaves the paste and arrives as key presses (a
ctrl+q in coloured text quit coach). Each ESC in a paste is therefore
turned into its one-character C1 form (ESC [ is CSI, U+009B), which the
parser keeps in the paste and clean_paste strips with the whole sequence.
"""

from __future__ import annotations

from coach.terminal_text import escape_length

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
ESC = "\x1b"
# ESC followed by one of these is the 7-bit spelling of a C1 control (ESC [ = CSI).
_C1_FINALS = range(0x40, 0x60)


class PasteGuard:
    """Feed it the terminal's text as read; what it returns holds no ESC inside a paste.

    Outside a paste nothing is changed or held back, so a lone Esc key is
    never delayed. Inside one, an ESC at the end of a read is held until
    the next read tells whether it starts the paste's end.
    """

    def __init__(self) -> None:
        self.in_paste = False
        self._held = ""  # inside a paste: an ESC (and what follows) not yet decided
        self._seen = ""  # outside a paste: the last few characters, for a split start mark

    def feed(self, text: str) -> str:
        """The text to hand to the parser now; some of a paste's tail may be held for later."""
        out: list[str] = []
        text = self._held + text
        self._held = ""
        while text:
            text = self._inside(text, out) if self.in_paste else self._outside(text, out)
        return "".join(out)

    def sequence_over(self) -> None:
        """The parser gave up waiting on a sequence: a start mark can no longer join across it.

        The parser's Esc-alone timeout has sent the waiting Esc (or ESC [ ...)
        as keys, so a "[200~" typed later is typing, not the rest of a paste's start.
        """
        self._seen = ""

    def flush(self) -> str:
        """Whatever is held, as it is (the input is ending)."""
        held, self._held = self._held, ""
        return held

    def _outside(self, text: str, out: list[str]) -> str:
        """Pass text on unchanged up to a paste's start mark; the rest is inside the paste."""
        # The mark may have begun in an earlier read, already passed on as it was.
        window = self._seen + text
        found = window.find(PASTE_START)
        if found < 0:
            out.append(text)
            self._seen = window[-(len(PASTE_START) - 1) :]
            return ""
        cut = found + len(PASTE_START) - len(self._seen)
        out.append(text[:cut])
        self._seen = ""
        self.in_paste = True
        return text[cut:]

    def _inside(self, text: str, out: list[str]) -> str:
        """Pass the paste on with each ESC in its C1 form, up to and with the end mark."""
        at = text.find(ESC)
        if at < 0:
            out.append(text)
            return ""
        out.append(text[:at])
        rest = text[at:]
        if rest.startswith(PASTE_END):
            out.append(PASTE_END)
            self.in_paste = False
            return rest[len(PASTE_END) :]
        if len(rest) < len(PASTE_END) and PASTE_END.startswith(rest):
            self._held = rest  # the end mark, perhaps, cut by the read
            return ""
        after = rest[1:2]
        if after and ord(after) in _C1_FINALS:
            out.append(chr(ord(after) + 0x40))
            return rest[2:]
        if after and " " <= after <= "/":
            # Intermediates and a final (ESC ( B, what tput sgr0 prints; ESC SP F), read
            # as without_controls reads them: a stray ESC before ", b" keeps the text.
            length = escape_length(rest)
            if length is None:
                self._held = rest  # the final comes in the next read
                return ""
            return rest[length:]
        # Any other ESC pair (ESC 7, ESC =) goes whole, as clean_paste would take it.
        if after and "0" <= after <= "~":
            return rest[2:]
        return rest[1:]
