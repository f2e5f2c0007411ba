/**
 * The Element Timing API's attribute (https://wicg.github.io/element-timing/): the browser records
 * when the element is first painted; bench/pane.ts reads it to time the first view.
 */
import "react";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter of React's own declaration
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
