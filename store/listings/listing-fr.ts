import { paragraphs, type StoreListing } from '../store-listing';

export const listingFr: StoreListing = {
  name: 'Lector — Mode lecture et lecture à voix haute',
  short:
    'Transforme les articles encombrés en une page de lecture claire, utilisable au clavier, et les lit à voix haute. Aucun pistage.',
  summary:
    "Un mode lecture clair qui lit les articles à voix haute avec les voix déjà présentes sur votre appareil. Publicités, promotions et boutons de partage sont retirés et listés ; tout se fait au clavier. Aucune requête réseau, aucun pistage.",
  description: paragraphs(
    "Lector transforme une page d'article encombrée en une page de lecture claire et la lit à voix haute. Il est fait pour celles et ceux qui écoutent les articles : personnes aveugles ou malvoyantes, dyslexiques, voyageurs du quotidien, et quiconque préfère entendre un article plutôt que plisser les yeux.",
    "Appuyez sur Alt+Maj+L (ou cliquez sur le bouton de la barre d'outils, ou passez par le menu contextuel) sur un article :",
    [
      "- L'article s'ouvre dans une vue apaisée : votre thème (clair, sépia, sombre, contraste élevé), police, taille, interligne et largeur de ligne.",
      "- Lecture le lit à voix haute avec les voix de votre ordinateur ou de votre téléphone. La phrase lue est surlignée et reste visible.",
      '- Avancez par phrase, paragraphe ou titre ; réglez la vitesse de 0,5× à 10× ; programmez une mise en veille.',
      "- Lector ne lit jamais « La suite après cette publicité » : mentions publicitaires, encarts « Lire aussi », lettres d'information, boutons de partage et commentaires sont retirés d'abord, et chaque retrait est listé pour que vous sachiez ce qui est parti et pourquoi.",
      '- Le plan liste les titres ; allez directement à chacun.',
      "- Lector retient où vous vous êtes arrêté dans chaque article, sur votre appareil uniquement.",
      "- Rassemblez des articles dans la file d'écoute et écoutez-les à la suite dans le panneau latéral.",
    ].join('\n'),
    "Accessible dès la conception : chaque commande fonctionne au clavier, le lecteur est une boîte de dialogue nommée pour les lecteurs d'écran, il se réorganise à 400 % de zoom, et le surlignage garde un contraste de 3:1 dans tous les thèmes.",
    "Respectueux de la vie privée : Lector n'envoie aucune requête réseau, ne contient aucune mesure d'audience et ne demande l'accès à aucun site. Il ne lit une page que lorsque vous le lui demandez (permission activeTab). Réglages, positions de lecture et file d'écoute restent dans votre navigateur.",
    'Disponible en français, anglais, espagnol et allemand.',
  ),
};
