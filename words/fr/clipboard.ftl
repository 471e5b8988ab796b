# Le presse-papiers, et le processus qui le garde en arrière-plan.

clipboard-no-display = aucune session graphique n’est ouverte (ni DISPLAY ni WAYLAND_DISPLAY n’est défini)
clipboard-no-program = impossible de retrouver ce programme pour lancer le processus d’arrière-plan du presse-papiers : { $why }
clipboard-cannot-start = impossible de lancer le processus d’arrière-plan du presse-papiers : { $why }
clipboard-cannot-talk = impossible de communiquer avec le processus d’arrière-plan du presse-papiers
clipboard-no-answer = le processus d’arrière-plan du presse-papiers n’a pas répondu
clipboard-not-by-hand = { $command } garde un texte copié pour `sister-letter --copy` ; ce n’est pas une commande à lancer à la main
clipboard-cannot-read = impossible de lire le texte à copier : { $why }
clipboard-none = impossible de prendre possession du presse-papiers
clipboard-wayland = affichage Wayland { $display }
clipboard-x = affichage X { $display }
clipboard-display = affichage
clipboard-not-supported = l’{ $display } n’offre aucun presse-papiers que ce programme puisse utiliser (un compositeur Wayland doit prendre en charge le protocole data-control)
clipboard-occupied = un autre programme bloque le presse-papiers
clipboard-unreachable = impossible de joindre l’{ $display }
