# La lecture des réponses au terminal.

# Une question à saisir, telle que la ligne l’affiche ; le programme ajoute une espace après.
prompt-line = { $prompt } :
prompt-line-default = { $prompt } [{ $default }] :
prompt-cannot-read = impossible de lire la saisie au terminal : { $why }
prompt-yes-no-default-yes = [O/n]
prompt-yes-no-default-no = [o/N]
# Les réponses comprises comme oui et comme non, séparées par des virgules, en minuscules.
prompt-yes-words = o, oui, y, yes
prompt-no-words = n, non, no
prompt-yes = oui
prompt-no = non
prompt-answer-yes-or-no = répondez o (oui) ou n (non)
prompt-terminal-too-small = le terminal est trop petit pour afficher les choix : agrandissez-le à { $rows } lignes au moins, ou donnez les réponses par les options (voir --help)
