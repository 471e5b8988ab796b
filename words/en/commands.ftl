# The subcommands other than composing: campaigns, check, export, and the manual page.

# After a campaign's languages in the list of campaigns: the day its facts were checked.
commands-checked-on = checked { $date }
commands-checked = checked { $count ->
    [one] 1 campaign
   *[other] { $count } campaigns
}: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
commands-wrote = Wrote { $count ->
    [one] 1 file
   *[other] { $count } files
} to { $path }
commands-cannot-render-manual = cannot render the manual page: { $why }

# `campaigns ID`: for each recipient, what is on file and whether printed letters go to it.
commands-email = email address
commands-no-email = no email address
commands-postal = postal address
commands-no-postal = no postal address
commands-posted = posted by default
commands-not-posted = not posted by default
