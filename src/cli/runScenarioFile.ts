// Parse, validate and simulate one scenario file's text; never throws for bad input.
import { toReport, type SimulationReport } from '../model/report';
import { formatIssues, parseScenario } from '../model/scenario/validate';
import { simulate } from '../model/simulate';

/** The contract's JSON object for one file (error set when the file is invalid). */
export function runScenarioFile(file: string, text: string): SimulationReport {
  const parsed = parseScenario(text);
  if (!parsed.ok) return { file, error: formatIssues(parsed.error) };
  return toReport(file, simulate(parsed.value));
}
