import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is announced and the URL written, in ms. */
export const TYPING_PAUSE = 700;

/**
 * Tells when a search being typed pauses: the cards and the count follow
 * every key, but a screen reader hears the count once a pause, and the URL
 * gets one history entry a search (written at its first pause, refined at
 * the later ones, until the user leaves the field).
 */
export class TypingPause implements ReactiveController {
  private _timer?: ReturnType<typeof setTimeout>;
  /** Whether this search has paused before: its later pauses refine that entry. */
  private _paused = false;

  constructor(
    host: ReactiveControllerHost,
    /** Called at each pause; `first` for the first pause of a search. */
    private readonly _onPause: (first: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether a search is being typed, with its pause still to come. */
  get typing(): boolean {
    return this._timer !== undefined;
  }

  /** A key was typed: the pause starts again. */
  keystroke(): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(this.pause, TYPING_PAUSE);
  }

  /** Typing paused, or was finished (Enter, or leaving a changed field). */
  readonly pause = (): void => {
    if (!this.typing) return;
    this._stopTimer();
    this._onPause(!this._paused);
    this._paused = true;
  };

  /** The user left the field: the search is over, the next one is new. */
  end(): void {
    this.pause();
    this._paused = false;
  }

  /** Another change (a click, Back or Forward) ends the search without a pause. */
  cancel(): void {
    this._stopTimer();
    this._paused = false;
  }

  /** Leaving the page ends the search as a pause would: its history entry is kept. */
  hostDisconnected(): void {
    this.end();
  }

  private _stopTimer(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }
}
