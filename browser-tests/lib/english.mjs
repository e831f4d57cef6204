// Decides which of the texts a page shows are English.
//
// English is every text of Tasklist's locales/en.json that sv.json says otherwise, and the fixed
// English of known-english.mjs. A text shown is English when it is one of those texts (exactly, with
// {{ n }} as any value), or when it holds a word that occurs in them but in no Swedish text: not in
// sv.json, not in the project's forms and processes, not in the names of its groups and users, not in
// what the test typed, and not in SAME_IN_SWEDISH.
import fs from 'node:fs';
import path from 'node:path';
import { KNOWN_ENGLISH, SAME_IN_SWEDISH } from './known-english.mjs';

/** Texts that are formats rather than words: English only as a whole, their parts are not words. */
const WHOLE_ONLY = new Set(['yyyy-mm-dd', 'hh:mm', 'HH', 'MM']);

const normal = (text) => String(text).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
const words = (text) => (normal(text).toLowerCase().match(/\p{L}+/gu) || []).filter((w) => w.length > 1);

/** Every text of a locale file: labels and the names moment.js uses, not the date formats. */
function localeTexts(locale) {
  const texts = new Map();
  for (const [key, value] of Object.entries(locale.labels)) {
    texts.set('labels.' + key, value);
  }
  const dates = locale.dateLocales || {};
  for (const part of ['months', 'monthsShort', 'weekdays', 'weekdaysShort', 'weekdaysMin']) {
    (dates[part] || []).forEach((value, i) => texts.set(`dateLocales.${part}[${i}]`, value));
  }
  for (const [key, value] of Object.entries(dates.relativeTime || {})) {
    texts.set('dateLocales.relativeTime.' + key, value);
  }
  return texts;
}

/** A {{ placeholder }} of a text stands for any value. */
function wholeTextPattern(text) {
  const parts = normal(text).split(/\{\{[^}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + parts.join('.+?') + '$', 'i');
}

/** The Swedish texts of the project itself: labels, descriptions and options of its forms, names in its processes. */
export function projectTexts(projectDir) {
  const texts = [];
  const formsDir = path.join(projectDir, 'forms');
  for (const file of fs.readdirSync(formsDir).filter((f) => f.endsWith('.form'))) {
    const collect = (node) => {
      if (Array.isArray(node)) {
        node.forEach(collect);
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === 'string' && ['label', 'description', 'text', 'dateLabel', 'timeLabel', 'placeholder'].includes(key)) {
            texts.push(value);
          } else {
            collect(value);
          }
        }
      }
    };
    collect(JSON.parse(fs.readFileSync(path.join(formsDir, file), 'utf8')));
  }
  const bpmnDir = path.join(projectDir, 'bpmn');
  for (const file of fs.readdirSync(bpmnDir).filter((f) => f.endsWith('.bpmn'))) {
    const xml = fs.readFileSync(path.join(bpmnDir, file), 'utf8');
    for (const match of xml.matchAll(/\bname="([^"]*)"/g)) {
      texts.push(match[1]);
    }
    for (const match of xml.matchAll(/<bpmn:documentation>([\s\S]*?)<\/bpmn:documentation>/g)) {
      texts.push(match[1]);
    }
  }
  return texts;
}

export function englishChecker({ en, sv, swedishTexts = [] }) {
  const english = localeTexts(en);
  const swedish = localeTexts(sv);
  const englishTexts = [];
  for (const [key, value] of english) {
    if (typeof value === 'string' && value.trim() && swedish.get(key) !== value) {
      englishTexts.push(value);
    }
  }
  englishTexts.push(...KNOWN_ENGLISH);
  // labels that Tasklist passes through its translation by their English text (the filter criteria)
  // are English texts themselves: sv.json's keys that en.json does not have
  for (const key of Object.keys(sv.labels)) {
    if (!(key in en.labels)) {
      englishTexts.push(key);
    }
  }

  const swedishWords = new Set(SAME_IN_SWEDISH);
  for (const value of swedish.values()) {
    words(value).forEach((w) => swedishWords.add(w));
  }
  swedishTexts.forEach((text) => words(text).forEach((w) => swedishWords.add(w)));

  const englishWords = new Set();
  for (const text of englishTexts) {
    if (!WHOLE_ONLY.has(text)) {
      words(text.replace(/\{\{[^}]*\}\}/g, ' ')).filter((w) => !swedishWords.has(w)).forEach((w) => englishWords.add(w));
    }
  }
  const wholeTexts = [...new Set(englishTexts.map(normal))]
    .filter((text) => text && !swedishWords.has(text.toLowerCase()))
    .map((text) => ({ text, pattern: wholeTextPattern(text) }));

  return {
    englishWordCount: englishWords.size,
    /** The shown texts that are English, each with why. */
    check(shown) {
      const found = [];
      for (const item of shown) {
        const whole = wholeTexts.find(({ pattern }) => pattern.test(item.text));
        const englishIn = [...new Set(words(item.text).filter((w) => englishWords.has(w)))];
        if (whole || englishIn.length) {
          found.push({ ...item, why: whole ? `English text "${whole.text}"` : `English word(s) ${englishIn.join(', ')}` });
        }
      }
      return found;
    }
  };
}
