/**
 * Fetches an article's study data (`/study/{hans|hant}/{slug}.json`), once per page: the toolbar's
 * idle warm-up, the learning layer and read-aloud all need it and may ask for it at the same moment
 * (a tap on a read-aloud button also wakes the layer), so they share one request. A failed load is
 * forgotten, so a later use tries again. Tiny and dependency-free on purpose: it is part of the boot
 * script (islands/learning-tools.ts imports it), so every island shares this one cache.
 */
import { STUDY_DATA_VERSION, type StudyData } from "@/lib/learning/study-types";

const loads = new Map<string, Promise<StudyData>>();

export function loadStudyData(src: string): Promise<StudyData> {
  let load = loads.get(src);
  if (!load) {
    load = fetchStudyData(src);
    loads.set(src, load);
    load.catch(() => loads.delete(src));
  }
  return load;
}

async function fetchStudyData(src: string): Promise<StudyData> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  const data = (await response.json()) as StudyData;
  if (data?.v !== STUDY_DATA_VERSION || !Array.isArray(data.pairs))
    throw new Error(`${src}: not study data of version ${STUDY_DATA_VERSION}`);
  return data;
}
