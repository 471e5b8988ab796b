# Les lettres imprimées.

postal-no-recipient = la campagne « { $campaign } » n’a l’adresse postale d’aucun destinataire : il n’y a aucune lettre à imprimer
postal-no-return-address = les lettres ne portent pas votre adresse postale : les destinataires ne pourront pas vous répondre par courrier ; ajoutez --address LIGNE (une fois par ligne)

# Une fois les lettres imprimables faites : une ligne par enveloppe, et les pages du PDF qu’elle contient.
postal-envelope = Enveloppe { $number } — { $office } : { $count ->
    [1] page { $first }
   *[other] pages { $first } à { $last }
}
