# Printed letters.

postal-no-recipient = the campaign '{ $campaign }' has no postal address of a recipient to print a letter for
postal-no-return-address = the letters carry no postal address of yours, so an office cannot reply by post: add --address LINE (one line each)

# After the printable letters are made: one line per envelope, and the PDF's pages it holds.
postal-envelope = Envelope { $number } — { $office }: { $count ->
    [1] page { $first }
   *[other] pages { $first }–{ $last }
}
