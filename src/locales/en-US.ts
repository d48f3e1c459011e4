import type { LocalePack } from '../core/strings.js';

// US English. The UI strings' US wording is built into each widget's strings table; this pack holds how the
// built-in content, written in British English, is respelled for US readers: rules over word stems, so that a
// word the content does not use yet is covered too, each keeping the word's first letter, capital or not.
// Config text from a site is never changed. Each key is a rule `/pattern/flags`, each value its replacement
// (core/strings.ts respelling). Only US readers' pages load it.
const pack: LocalePack = {
  spelling: {
    "/\\b((?:dis)?col|hon|fav|behavi)our/gi": "$1or",
    "/\\b(organ|recogn|optim|minim|emphas|real)is(e[ds]?|ing|ations?)\\b/gi": "$1iz$2",
    "/\\b(analy)s(e[ds]?|ing)\\b/gi": "$1z$2",
    "/\\b(cent|fib|theat)re(s?)\\b/gi": "$1er$2",
    "/\\b(cent)red\\b/gi": "$1ered",
    "/\\b(licen)ce/gi": "$1se",
    "/\\b(practi)s/gi": "$1c",
    "/\\b(program)me/gi": "$1",
    "/\\b(gr)ey/gi": "$1ay",
    "/\\b(travel|cancel|label)l(ed|ing)\\b/gi": "$1$2",
    "/\\b(judg)ement/gi": "$1ment",
    "/\\b(ag)eing/gi": "$1ing",
    "/\\b(s)ceptic/gi": "$1keptic",
    "/\\b(whil)st\\b/gi": "$1e",
    "/\\b(among)st\\b/gi": "$1",
    "/\\btick(s|ed|ing)?\\b/g": "check$1",
    "/\\bTick(s|ed|ing)?\\b/g": "Check$1",
    // US readers say touch-up where British ones also say top-up.
    "/\\b(t)op-up/gi": "$1ouch-up",
  },
};

export default pack;
