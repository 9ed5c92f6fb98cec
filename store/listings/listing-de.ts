import { paragraphs, type StoreListing } from '../store-listing';

export const listingDe: StoreListing = {
  name: 'Lector — Leseansicht & Vorlesen',
  short:
    'Macht aus überladenen Artikeln eine klare, per Tastatur bedienbare Leseansicht und liest sie vor. Kein Tracking.',
  summary:
    'Eine klare Leseansicht, die Artikel mit den Stimmen Ihres Geräts vorliest. Werbung, Teaser und Teilen-Leisten werden entfernt und aufgelistet; alles geht per Tastatur. Keine Netzwerkanfragen, kein Tracking.',
  description: paragraphs(
    'Lector macht aus einer überladenen Artikelseite eine klare Leseansicht und liest sie vor. Es ist für alle gemacht, die Artikel hören: blinde und sehbehinderte Menschen, Menschen mit Legasthenie, Pendlerinnen und Pendler und alle, die einen Text lieber hören als mühsam lesen.',
    'Drücken Sie auf einem Artikel Alt+Umschalt+L (oder klicken Sie auf die Schaltfläche in der Symbolleiste, oder nutzen Sie das Kontextmenü):',
    [
      '- Der Artikel öffnet sich in einer ruhigen Ansicht: Ihr Farbschema (hell, Sepia, dunkel, hoher Kontrast), Schrift, Größe, Zeilenabstand und Zeilenlänge.',
      '- Wiedergabe liest ihn mit den Stimmen Ihres Computers oder Telefons vor. Der gelesene Satz wird hervorgehoben und bleibt im Blick.',
      '- Springen Sie satz-, absatz- oder überschriftenweise; stellen Sie das Tempo von 0,5× bis 10× ein; stellen Sie einen Schlaf-Timer.',
      '- Lector liest nie „Weiter nach der Anzeige“ vor: Werbehinweise, „Lesen Sie auch“-Teaser, Newsletter-Kästen, Teilen-Leisten und Kommentare werden vorher entfernt, und jede Entfernung wird aufgelistet, damit Sie sehen, was wegfiel und warum.',
      '- Die Gliederung listet die Überschriften; springen Sie zu jeder davon.',
      '- Lector merkt sich, wo Sie in jedem Artikel aufgehört haben, nur auf Ihrem Gerät.',
      '- Sammeln Sie Artikel in der Hörliste und hören Sie sie nacheinander in der Seitenleiste.',
    ].join('\n'),
    'Barrierefrei von Grund auf: Jede Bedienung geht per Tastatur, die Leseansicht ist ein benannter Dialog für Screenreader, sie bricht bei 400 % Zoom sauber um, und die Hervorhebung hält in jedem Farbschema einen Kontrast von 3:1.',
    'Datensparsam von Grund auf: Lector stellt keine Netzwerkanfragen, enthält keine Statistik und verlangt keinen Zugriff auf Websites. Es liest eine Seite nur, wenn Sie es darum bitten (Berechtigung activeTab). Einstellungen, Lesepositionen und Hörliste bleiben in Ihrem Browser.',
    'Verfügbar auf Deutsch, Englisch, Französisch und Spanisch.',
  ),
};
