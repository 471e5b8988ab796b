# Les avertissements après les questions : ce que l’utilisateur a passé, sans nommer d’option. Un
# fichier à part, lu seulement quand des questions ont été posées.

skipped-no-from = le message n’a pas d’adresse d’expéditeur (From:) ; votre messagerie la remplira peut-être, ou refusera de l’envoyer
skipped-no-recipient-address = le message n’a aucune adresse de destinataire : ajoutez-les dans votre messagerie avant de l’envoyer
skipped-mailto-too-long = le lien mailto fait { $length } caractères ; beaucoup de messageries coupent les liens de plus de { $limit } caractères : choisissez plutôt d’ouvrir la lettre dans votre messagerie, ou d’enregistrer un fichier .eml
skipped-no-return-address = les lettres ne portent pas votre adresse postale : les destinataires ne pourront pas vous répondre par courrier
