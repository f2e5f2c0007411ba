/**
 * Testing Library waits up to 1 s by default for an element to appear; a lazily loaded chunk of the
 * pane on a busy CI machine can take longer. Ten seconds keeps a real failure a failure, only later.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10000 });
