# The settings file and the offer to remember answers.

settings-fix-or-skip = { $why } (fix it, or run with --no-config)
settings-not-utf8 = the settings file is not UTF-8 text
settings-cannot-read = cannot read the settings file: { $why }
settings-cannot-create = cannot create { $path }: { $why }
settings-link-to-another-user = { $path } is a link to a file another user owns: it is not written through
settings-cannot-write = cannot write the settings: { $why }
settings-ask-update = Update your saved answers to these: { $kept }?
settings-ask-remember = Remember for next time { $kept } (in { $path })?
settings-not-remembered = your answers were not remembered: { $why }
# What will be kept: "your name (Ada), language (fr) and town (Lyon)".
settings-kept = your { $list }
settings-kept-name = name ({ $value })
settings-kept-language = language ({ $value })
settings-kept-city = town ({ $value })
settings-kept-latin-name = name in the Latin script ({ $value })
settings-kept-latin-city = town in the Latin script ({ $value })
settings-kept-from = email address ({ $value })
settings-kept-address = postal address ({ $value })
settings-kept-country = country ({ $value })
