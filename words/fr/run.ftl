# L’exécution dans son ensemble.

run-bad-now = SISTER_LETTER_NOW « { $value } » : { $why }
run-compose-flag-with-subcommand = { $flag } sert à composer une lettre : il ne peut pas s’employer avec la sous-commande « { $subcommand } »
