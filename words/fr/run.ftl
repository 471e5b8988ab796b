# L’exécution dans son ensemble.

run-bad-now = SISTER_LETTER_NOW « { $value } » : { $why }
