/* global Office */

Office.onReady(() => {
  // The ribbon buttons open the task pane (ShowTaskpane); nothing to prepare here.
});

/** A ribbon command run without the task pane; completes at once, as Office requires. */
function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.actions.associate("action", action);
