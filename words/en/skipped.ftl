# Warnings after questions: what the user skipped, said without naming a flag. A file of
# its own, read only by runs that asked.

skipped-no-from = the message has no From: address; your mail program may fill it in, or refuse to send it
skipped-no-recipient-address = the message has no recipient address: add them in your mail program before you send it
skipped-mailto-too-long = the mailto link is { $length } characters long; many mail apps cut links over { $limit }: choose to open the letter in your mail app, or save an .eml file, instead
skipped-no-return-address = the letters carry no postal address of yours, so an office cannot reply by post
