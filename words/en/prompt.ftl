# Reading answers at the terminal.

# A typed question as the line shows it; the program adds a space after it.
prompt-line = { $prompt }:
prompt-line-default = { $prompt } [{ $default }]:
prompt-cannot-read = cannot read from the terminal: { $why }
prompt-yes-no-default-yes = [Y/n]
prompt-yes-no-default-no = [y/N]
# The answers taken as yes and as no, separated by commas, lowercase.
prompt-yes-words = y, yes
prompt-no-words = n, no
prompt-yes = yes
prompt-no = no
prompt-answer-yes-or-no = answer y (yes) or n (no)
prompt-terminal-too-small = the terminal is too small to show the choices: make it at least { $rows } rows tall, or give the answers as flags (see --help)
