# Ce que disent les sorties : enregistré, copié, ouvert, et ce qui a échoué.

output-saved = Fichier enregistré : { $path } ({ $what })
output-copied = Copié dans le presse-papiers : { $what } ({ $count } caractères)
output-no-clipboard = aucun presse-papiers n’est disponible : { $why } ; le texte a été écrit sur la sortie standard à la place
output-cannot-write-stdout = impossible d’écrire sur la sortie standard : { $why }
output-no-desktop-to-open = il n’y a pas de bureau graphique ici pour l’ouvrir ; ouvrez { $path } vous-même
output-cannot-open = impossible d’ouvrir { $path } : { $why } ; ouvrez-le vous-même
output-opened = Fichier ouvert : { $path }
output-no-desktop-mail = il n’y a pas de bureau graphique ici pour ouvrir une messagerie : envoyez le message avec `--format eml | msmtp -t`, ou copiez le corps du message avec --copy pour le coller dans votre webmail
output-cannot-open-mail-app = impossible d’ouvrir votre messagerie : { $why }
output-opened-mail-app = La lettre est ouverte dans votre messagerie
output-too-long-no-clipboard = la lettre est trop longue pour un lien mailto, et aucun presse-papiers n’est disponible pour la transmettre : { $why }
output-opened-head-paste = Un nouveau message est ouvert dans votre messagerie, avec les destinataires et l’objet ; la lettre est dans le presse-papiers : collez-la dans le message
