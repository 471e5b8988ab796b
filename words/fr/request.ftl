# Les questions, le menu, et ce qu’une demande peut avoir de faux.

request-refused = { $source } : { $why }
request-source-env = la variable d’environnement { $var }
request-source-settings = « { $key } » dans le fichier de configuration { $path }
request-source-from-question = la question sur l’adresse d’expéditeur

request-what-all = la lettre et tous ses éléments
request-what-subject = l’objet
request-what-body = le corps du message
request-what-recipients = la liste des destinataires
request-what-addresses = les adresses postales
request-what-phone = le texte pour l’appel téléphonique
request-what-post = le message pour les réseaux sociaux
request-what-share = l’invitation pour un ami
request-what-pdf = les lettres à imprimer
request-what-message = { $format ->
    [eml] le message
    [mailto] le lien mailto:
   *[json] le JSON
}

request-action-print = Tout afficher ici
request-action-open = Ouvrir dans votre messagerie
request-action-copy = Copier le corps du message dans le presse-papiers
request-action-eml = Enregistrer un fichier .eml pour votre messagerie
request-action-pdf = Enregistrer une lettre à imprimer (PDF) pour l’envoyer par la poste
request-ask-recipients = Qui reçoit une lettre imprimée ? (Espace coche ou décoche, Entrée valide)
request-ask-recipients-again = Cochez au moins un destinataire avec Espace, puis appuyez sur Entrée
request-action-mailto = Afficher un lien mailto:

request-one-address-per-flag = { $flag } : « { $value } » contient plusieurs adresses : répétez { $flag } pour chacune
request-twice-to-cc = l’adresse { $address } figure à la fois dans --to et dans --cc ; elle ne reçoit le message qu’une fois, comme destinataire principal (À)

request-no-name = aucun nom pour signer la lettre : indiquez --name NOM ou définissez SISTER_LETTER_NAME (ou lancez le programme dans un terminal pour qu’il vous le demande)
request-no-name-nor-language = ni nom pour signer la lettre ni langue choisie : indiquez --name NOM et --lang CODE, ou définissez SISTER_LETTER_NAME et SISTER_LETTER_LANG (ou lancez le programme dans un terminal pour qu’il vous les demande) ; langues disponibles : { $available }
request-no-language = aucune langue choisie : indiquez --lang CODE ou définissez SISTER_LETTER_LANG ; langues disponibles : { $available }
request-no-campaign = aucune campagne choisie : indiquez --campaign ID
request-unknown-language = { $source } : la campagne « { $campaign } » n’existe pas dans la langue « { $code } » ; langues disponibles : { $available }
request-unknown-recipient = --recipient : « { $recipient } » n’a pas d’adresse postale connue ; destinataires possibles : { $available }
request-not-a-font = --font : { $path } n’est pas un fichier de police
request-open-json = --open transmet la lettre à votre messagerie, ou ouvre les lettres à imprimer : utilisez-le avec --format text, eml, mailto ou pdf
request-open-with-output = --open transmet la lettre à votre messagerie : retirez --copy et --output
request-copy-pdf = les lettres à imprimer sont un fichier, et non du texte à copier : retirez --copy, ou utilisez --output FICHIER
request-file-name-missing = indiquez un nom de fichier
request-file-exists = { $path } existe déjà : choisissez un autre nom

request-ask-campaign = Quelle campagne ?
request-ask-language = Langue de la lettre
request-ask-name = Votre nom (pour signer la lettre)
request-ask-city = Votre ville et votre pays (Entrée pour passer)
request-ask-note = Une phrase personnelle, pour que chaque lettre soit différente (Entrée pour passer)
request-ask-latin = { $what ->
    [name] Votre nom en alphabet latin, pour la lettre en { $language } ({ $value } ; Entrée pour signer tel quel)
   *[city] Votre ville en alphabet latin, pour la lettre en { $language } ({ $value } ; Entrée pour la garder telle quelle)
}
request-ask-note-for = Une phrase personnelle pour la lettre en { $language }, écrite en { $language } (Entrée pour aucune)
request-ask-email = Adresse e-mail — { $office } (Entrée pour passer)
request-ask-action = Que faire de la lettre ?
request-ask-from = Votre adresse e-mail d’expéditeur (Entrée pour passer)
request-ask-save-as = Enregistrer sous
request-ask-address-first = Ligne 1 de votre adresse postale, pour que les destinataires puissent vous répondre par courrier (Entrée pour passer)
request-ask-address-next = Ligne { $number } de votre adresse (Entrée quand elle est complète)
request-ask-country = Votre pays, en deux lettres, par exemple FR, US ou KR (Entrée pour passer)
request-too-many-address-lines = une adresse postale a ici au plus { $max } lignes (une option --address par ligne) ; { $count } ont été données
request-wrap-text-only = --wrap coupe les lignes du texte ; --format { $format } est déjà fait pour le courrier, avec ses propres longueurs de ligne
request-pdf-to-terminal = un PDF affiché dans un terminal est illisible : donnez un nom de fichier avec -o, ou envoyez-le dans un tube
request-envelope-paper = --envelope { $envelope } se plie dans du papier { $takes }, pas --paper { $paper } : donnez l’une des deux options, ou deux qui vont ensemble

# Le menu après une action, quand on en fait plusieurs d’affilée.
request-ask-next-action = Et ensuite ?
request-action-copy-subject = Copier l’objet dans le presse-papiers
request-action-phone = Afficher le texte de l’appel
request-action-post = Afficher le message pour les réseaux sociaux
request-action-copy-post = Copier le message pour les réseaux sociaux dans le presse-papiers
request-action-share = Afficher une invitation à envoyer à un ami
request-action-copy-share = Copier une invitation à envoyer à un ami dans le presse-papiers
request-action-done = Terminer
request-done-printed = affiché { $what ->
    [all] toute la lettre
    [subject] l’objet
    [body] le texte du courriel
    [phone] le texte de l’appel
    [post] le message pour les réseaux sociaux
    [share] une invitation à envoyer à un ami
    [recipients] les destinataires
    [addresses] les adresses postales
    [mailto] un lien mailto:
   *[other] la lettre
}
request-done-copied = copié { $what ->
    [all] toute la lettre
    [subject] l’objet
    [body] le texte du courriel
    [phone] le texte de l’appel
    [post] le message pour les réseaux sociaux
    [share] une invitation à envoyer à un ami
    [recipients] les destinataires
    [addresses] les adresses postales
   *[other] la lettre
} dans le presse-papiers
request-done-saved-text = enregistré { $what ->
    [all] toute la lettre
   *[other] une partie de la lettre
} dans { $path }
request-done-saved-eml = enregistré le message dans { $path }
request-done-saved-pdf = enregistré les lettres à imprimer dans { $path }
request-done-mail-app = ouvert la lettre dans l’application de messagerie
