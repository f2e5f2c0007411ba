/** @jest-environment jsdom */
/**
 * The pane's "Kế hoạch" choice: the built-in plan, or a plan file opened through the file input —
 * taken whole when valid, refused with every problem by field (the choice unchanged) when not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import PlanPicker from "../../src/taskpane/components/PlanPicker";
import { BUILTIN_CHOICE, type PlanChoice } from "../../src/taskpane/planChoice";
import { LocaleContext, localeInfo } from "../../src/taskpane/strings";
import { LOCALE_EN } from "./fakeActions";

const plan2025 = readFileSync(join(__dirname, "../fixtures/kpi-plan-2025.json"), "utf8");
const jsonFile = (name: string, text: string): File => new File([text], name, { type: "application/json" });

function setup(language: "vi" | "en" = "vi") {
  const chosen: PlanChoice[] = [];
  function Harness() {
    const [choice, setChoice] = useState<PlanChoice>(BUILTIN_CHOICE);
    return (
      <PlanPicker
        choice={choice}
        onChoose={(next) => {
          chosen.push(next);
          setChoice(next);
        }}
      />
    );
  }
  render(
    <LocaleContext.Provider value={language === "en" ? LOCALE_EN : localeInfo("vi")}>
      <Harness />
    </LocaleContext.Provider>,
  );
  return { chosen, user: userEvent.setup() };
}

describe("the plan picker", () => {
  test("starts on the built-in plan and takes a valid plan file whole", async () => {
    const { chosen, user } = setup();
    const group = screen.getByRole("group", { name: "Kế hoạch" });
    expect(within(group).getByRole("radio", { name: "Kế hoạch có sẵn (năm 2024)" })).toHaveProperty("checked", true);
    await user.upload(within(group).getByLabelText("Mở tệp kế hoạch…"), jsonFile("kpi-plan-2025.json", plan2025));
    const fromFile = await within(group).findByRole("radio", { name: "Kế hoạch năm 2025, số 05/KH-SDL: 11 chỉ tiêu, tệp “kpi-plan-2025.json”." });
    expect(fromFile).toHaveProperty("checked", true);
    expect(chosen.map((c) => [c.kind, c.plan.year, c.plan.indicators.map((i) => i.code).includes("I.4")])).toEqual([["file", 2025, true]]);
    // Back to the built-in plan and again to the file, without opening it a second time.
    await user.click(within(group).getByRole("radio", { name: "Kế hoạch có sẵn (năm 2024)" }));
    await user.click(fromFile);
    expect(chosen.map((c) => c.plan.year)).toEqual([2025, 2024, 2025]);
  });

  test("refuses a broken file with every problem by field, and keeps the plan chosen", async () => {
    const { chosen, user } = setup();
    const broken = JSON.parse(plan2025) as { sections: { indicators: { target: { percent: number }; hostUnit: string }[] }[] };
    broken.sections[0].indicators[0].target.percent = 150;
    broken.sections[1].indicators[0].hostUnit = "Phòng Không Có";
    await user.upload(screen.getByLabelText("Mở tệp kế hoạch…"), jsonFile("ke-hoach-sai.json", JSON.stringify(broken)));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Không dùng được tệp “ke-hoach-sai.json” (2 lỗi).");
    const problems = within(alert).getAllByRole("listitem").map((li) => li.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^sections\[0\]\.indicators\[0\]\.target\.percent: chỉ tiêu phải là số phần trăm từ 0 đến 100 \(đang là 150\)/),
      expect.stringMatching(/^sections\[1\]\.indicators\[0\]\.hostUnit: đơn vị chủ trì .*Phòng Không Có/),
    ]);
    expect(chosen).toEqual([]);
    expect(screen.getByRole("radio", { name: "Kế hoạch có sẵn (năm 2024)" })).toHaveProperty("checked", true);
    await user.upload(screen.getByLabelText("Mở tệp kế hoạch…"), jsonFile("khong-phai-json.json", "{ year: 2025"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/không phải JSON hợp lệ/);
  });

  test("speaks English in English Excel", async () => {
    const { user } = setup("en");
    expect(screen.getByRole("radio", { name: "Built-in plan (2024)" })).toBeTruthy();
    await user.upload(screen.getByLabelText("Open plan file…"), jsonFile("kpi-plan-2025.json", plan2025));
    expect(await screen.findByRole("radio", { name: "Plan for 2025, no. 05/KH-SDL: 11 indicators, file “kpi-plan-2025.json”." })).toBeTruthy();
  });
});
