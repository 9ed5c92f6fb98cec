import { paragraphs, type StoreListing } from '../store-listing';

export const listingEs: StoreListing = {
  name: 'Lector — Vista de lectura y lectura en voz alta',
  short:
    'Convierte artículos recargados en una vista de lectura limpia, usable con teclado, y los lee en voz alta. Sin rastreo.',
  summary:
    'Una vista de lectura limpia que lee los artículos en voz alta con las voces que ya tiene su dispositivo. Anuncios, promociones y botones para compartir se quitan y se listan; todo funciona con el teclado. Sin conexiones, sin rastreo.',
  description: paragraphs(
    'Lector convierte la página recargada de un artículo en una vista de lectura limpia y la lee en voz alta. Está hecho para quienes escuchan artículos: personas ciegas o con baja visión, con dislexia, quienes viajan cada día y cualquiera que prefiera oír una noticia a forzar la vista.',
    'Pulse Alt+Mayús+L (o el botón de la barra de herramientas, o el menú contextual) sobre un artículo:',
    [
      '- El artículo se abre en una vista tranquila: su tema (claro, sepia, oscuro, alto contraste), fuente, tamaño, interlineado y ancho de línea.',
      '- Reproducir lo lee en voz alta con las voces de su ordenador o su teléfono. La frase que se lee queda resaltada y a la vista.',
      '- Avance por frase, párrafo o título; ajuste la velocidad de 0,5× a 10×; programe un temporizador.',
      '- Lector nunca lee «La noticia continúa tras la publicidad»: avisos de anuncios, promociones de «Lea también», boletines, botones para compartir y comentarios se quitan antes, y cada elemento quitado se lista para que vea qué se fue y por qué.',
      '- El índice lista los títulos; salte a cualquiera.',
      '- Lector recuerda dónde se detuvo en cada artículo, solo en su dispositivo.',
      '- Reúna artículos en la cola de escucha y óigalos uno tras otro en el panel lateral.',
    ].join('\n'),
    'Accesible desde el diseño: todos los controles funcionan con el teclado, el lector es un diálogo con nombre para los lectores de pantalla, se reorganiza con un zoom del 400 % y el resaltado mantiene un contraste de 3:1 en todos los temas.',
    'Privado desde el diseño: Lector no hace ninguna conexión de red, no contiene analíticas y no pide acceso a ningún sitio web. Solo lee una página cuando usted se lo pide (permiso activeTab). Los ajustes, las posiciones de lectura y la cola de escucha se quedan en su navegador.',
    'Disponible en español, inglés, francés y alemán.',
  ),
};
