# The run as a whole.

run-bad-now = SISTER_LETTER_NOW '{ $value }': { $why }
run-compose-flag-with-subcommand = { $flag } composes a letter; it cannot be used with the subcommand '{ $subcommand }'
