/** What each keyboard command does to the open reader (the keys themselves are in key-commands.ts). */
import type { ReaderCommand } from './key-commands';
import type { ReaderModel } from './reader-model';

export function runReaderCommand(model: ReaderModel, command: ReaderCommand): void {
  switch (command.kind) {
    case 'toggle-play':
      return model.togglePlay();
    case 'move':
      return model.move(command.unit, command.direction);
    case 'heading':
      return model.moveToHeading(command.direction, command.level);
    case 'contents':
      return model.focusContents();
    case 'help':
      return model.setHelpOpen(true);
    case 'close':
      return model.state.helpOpen ? model.setHelpOpen(false) : model.close();
  }
}
