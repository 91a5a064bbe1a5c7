/** The share glyph, for every share button: drawn by the `share-icon` rule in app/globals.css. */
export function ShareIcon() {
  return <span aria-hidden="true" className="share-icon" />;
}
