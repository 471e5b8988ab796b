# Ce que disent les formats des octets qu’ils ont produits.

format-whole-only = --format { $format } contient toujours la lettre entière : retirez --part, ou utilisez --format text
format-no-from = le message n’a pas d’adresse d’expéditeur (From:) ; ajoutez --from ADRESSE ou définissez SISTER_LETTER_FROM
format-no-recipient-address = aucun destinataire n’a d’adresse e-mail connue : le message est donc un brouillon sans destinataire ; ajoutez --to ADRESSE
format-mailto-too-long = le lien mailto fait { $length } caractères ; beaucoup de messageries coupent les liens de plus de { $limit } caractères : utilisez --format eml, ou copiez le corps du message avec --copy
format-cannot-build-message = impossible de créer le message : { $why }
format-post-tags-none = le message ne mentionne aucun compte : la campagne n’en a aucun dont le titulaire soit confirmé. Avant de le publier, ajoutez les comptes des institutions que vous connaissez (celui de la ville, celui de son maire)
