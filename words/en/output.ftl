# What the writers say: saved, copied, opened, and what went wrong.

output-saved = Saved { $what } to { $path }
output-copied = Copied { $what } ({ $count } characters) to the clipboard
output-no-clipboard = no clipboard is available: { $why }; the text went to standard output instead
output-cannot-write-stdout = cannot write to standard output: { $why }
output-no-desktop-to-open = there is no desktop here to open it with; open { $path } yourself
output-cannot-open = cannot open { $path }: { $why }; open it yourself
output-opened = Opened { $path }
output-no-desktop-mail = there is no desktop here with a mail app to open: send the message with `--format eml | msmtp -t`, or copy the body with --copy into your webmail
output-opened-mail-app = Opened the letter in your mail app
output-too-long-no-clipboard = the letter is too long for a mail link, and no clipboard is available to carry it: { $why }
output-opened-head-paste = Opened a new message in your mail app with the recipients and the subject; the letter is on the clipboard: paste the letter into the message
output-handed = Handed { $path } to { $program }, which did not say within 10 seconds whether a program opened it
output-handed-mail-app = Handed the letter to { $program } for your mail app; it did not say within 10 seconds whether the mail app opened
output-handed-head-paste = Handed a new message with the recipients and the subject to { $program } for your mail app; the letter is on the clipboard: paste the letter into the message
output-cannot-open-mail-app-link = cannot open your mail app: { $why }; the mailto link went to standard output instead
output-cannot-open-mail-app-pasted = cannot open your mail app: { $why }; the letter is on the clipboard: paste it into a new message
output-opener-cannot-start = { $program } could not be started: { $why }
output-opener-failed = { $program } ended with status { $code }
output-opener-failed-saying = { $program } ended with status { $code }: { $said }
output-opener-stopped = { $program } was stopped by a signal
# The list at the end of a sitting of several actions.
output-sitting-done = Done in this sitting:
