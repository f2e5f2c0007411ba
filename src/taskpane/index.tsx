// Placeholder task pane entry (replaced by the pane implementation).
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) {
    createRoot(root).render(<p>Chỉ tiêu CCHC 2024</p>);
  }
});
