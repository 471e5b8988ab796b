# The run as a whole.

run-bad-now = SISTER_LETTER_NOW '{ $value }': { $why }
