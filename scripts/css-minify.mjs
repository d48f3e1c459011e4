// Minifies the text of lit `css` tagged templates in the drop-in files: comments and layout whitespace
// go; quoted strings and `${…}` parts are copied as they are.

const DROP_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '>', '(']);
const DROP_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);

/** Minifies the raw text of one css`…` template (the part between the backticks). */
export function minifyCss(raw) {
  let out = '';
  let pendingSpace = false;
  const emit = (text) => {
    if (pendingSpace && out && !DROP_SPACE_AFTER.has(out.at(-1)) && !DROP_SPACE_BEFORE.has(text[0])) out += ' ';
    pendingSpace = false;
    if (text === '}' && out.at(-1) === ';') out = out.slice(0, -1);
    out += text;
  };
  for (let i = 0; i < raw.length; ) {
    const char = raw[i];
    if (raw.startsWith('/*', i)) {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(char)) {
      pendingSpace = true;
      i++;
    } else if (raw.startsWith('${', i)) {
      let depth = 0;
      let j = i;
      do {
        if (raw[j] === '{') depth++;
        else if (raw[j] === '}') depth--;
        j++;
      } while (depth > 0 && j < raw.length);
      // An interpolation may stand for whole declarations, so the space around it is kept.
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += raw.slice(i, j);
      i = j;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== char) j += raw[j] === '\\' ? 2 : 1;
      emit(raw.slice(i, j + 1));
      i = j + 1;
    } else if (char === '\\') {
      emit(raw.slice(i, i + 2));
      i += 2;
    } else {
      emit(char);
      i++;
    }
  }
  return out;
}

/** Rollup plugin: applies minifyCss to every css`…` template in the project's own modules. */
export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, raw) => `css\`${minifyCss(raw)}\``), map: null };
    },
  };
}
