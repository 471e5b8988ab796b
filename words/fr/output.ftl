# Ce que disent les sorties : enregistré, copié, ouvert, et ce qui a échoué.

output-saved = Fichier enregistré : { $path } ({ $what })
output-copied = Copié dans le presse-papiers : { $what } ({ $count } caractères)
output-no-clipboard = aucun presse-papiers n’est disponible : { $why } ; le texte a été écrit sur la sortie standard à la place
output-cannot-write-stdout = impossible d’écrire sur la sortie standard : { $why }
output-no-desktop-to-open = il n’y a pas de bureau graphique ici pour l’ouvrir ; ouvrez { $path } vous-même
output-cannot-open = impossible d’ouvrir { $path } : { $why } ; ouvrez-le vous-même
output-opened = Fichier ouvert : { $path }
output-no-desktop-mail = il n’y a pas de bureau graphique ici pour ouvrir une messagerie : envoyez le message avec `--format eml | msmtp -t`, ou copiez le corps du message avec --copy pour le coller dans votre webmail
output-opened-mail-app = La lettre est ouverte dans votre messagerie
output-too-long-no-clipboard = la lettre est trop longue pour un lien mailto, et aucun presse-papiers n’est disponible pour la transmettre : { $why }
output-opened-head-paste = Un nouveau message est ouvert dans votre messagerie, avec les destinataires et l’objet ; la lettre est dans le presse-papiers : collez-la dans le message
output-handed = { $path } a été confié à { $program }, qui n’a pas dit en 10 secondes si un programme l’a ouvert
output-handed-mail-app = La lettre a été confiée à { $program } pour votre messagerie ; il n’a pas dit en 10 secondes si la messagerie s’est ouverte
output-handed-head-paste = Un nouveau message, avec les destinataires et l’objet, a été confié à { $program } pour votre messagerie ; la lettre est dans le presse-papiers : collez-la dans le message
output-cannot-open-mail-app-link = impossible d’ouvrir votre messagerie : { $why } ; le lien mailto a été écrit sur la sortie standard à la place
output-cannot-open-mail-app-pasted = impossible d’ouvrir votre messagerie : { $why } ; la lettre est dans le presse-papiers : collez-la dans un nouveau message
output-opener-cannot-start = { $program } n’a pas pu être lancé : { $why }
output-opener-failed = { $program } s’est terminé avec le code { $code }
output-opener-failed-saying = { $program } s’est terminé avec le code { $code } : { $said }
output-opener-stopped = { $program } a été arrêté par un signal
output-sitting-done = Fait pendant cette séance :
