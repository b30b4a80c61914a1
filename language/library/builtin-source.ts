// The built-in exercise library, written in the language itself so that hover, the renderer and the
// exports read names and cues from one place. It is parsed once per service container.
export const BUILTIN_LIBRARY_URI = 'rehab-builtin:///builtin-library.rehab';

export const BUILTIN_LIBRARY_SOURCE = `// The built-in exercise library. Every plan sees these exercises without an import.
// Each entry names the section of the plantar-fasciitis guide it comes from.
library builtin "Built-in exercises" {
    exercise plantar-fascia-stretch "Plantar fascia stretch" {
        kind stretch
        cue "Put the foot on the other knee and pull the toes towards the shin; hold 20-30 s."
        name-da "Plantarfascia-stræk"
        cue-da "Sæt foden på knæet, træk tæerne mod skinnebenet, hold 20-30 sek."
        guide "Øvelser & genoptræning"
    }
    exercise calf-stretch "Calf stretch" {
        kind stretch
        cue "Against a wall or on a step, knee straight; 3 × 30 s."
        name-da "Lægstræk"
        cue-da "Klassisk vægstræk eller på trappetrin, 3×30 sek."
        guide "Øvelser & genoptræning"
    }
    exercise hamstring-stretch "Hamstring stretch" {
        kind stretch
        cue "Seated, leg straight, lean forward from the hips; 30 s × 2."
        name-da "Hasestræk"
        cue-da "Siddende hasestræk, 30 sek. ×2."
        guide "Trin-for-trin handleplan, 2. Uge 1-2"
    }
    exercise heel-raise "Heel raise" {
        kind strength
        cue "On a step with a rolled towel under the toes: 3 s up, 3 s down; 3 × 8-12."
        name-da "Hælløft"
        cue-da "Stå på trappetrin, sammenrullet håndklæde under tæerne. 3 sek. op / 3 sek. ned, 3×8-12."
        guide "Øvelser & genoptræning"
    }
    exercise towel-scrunch "Towel scrunch" {
        kind strength
        cue "Curl a towel in under the foot with the toes; 3 × 12."
        name-da "Towel scrunches"
        cue-da "Krøl et håndklæde ind under foden med tæerne, 3×12."
        guide "Øvelser & genoptræning"
    }
    exercise toe-spread "Toe spread" {
        kind strength
        cue "Spread the big toe out to the side and hold 5 s; 10-15 repetitions."
        name-da "Stortå-abduktion"
        cue-da "Spred storetåen ud til siden, hold 5 sek., 10-15 gentagelser."
        guide "Øvelser & genoptræning"
    }
    exercise single-leg-balance "Single-leg balance" {
        kind balance
        cue "Stand on one leg on a cushion or balance board; 3 × 30 s."
        name-da "Balance på ét ben"
        cue-da "Stå på et ben på pude eller balancebræt, 3×30 sek."
        guide "Trin-for-trin handleplan, 3. Uge 2-12"
    }
    exercise cycling "Cycling" {
        kind cardio
        cue "Cross-training that keeps fitness without loading the heel."
        name-da "Cykling"
        cue-da "Kryds-træning: holder formen uden at belaste hælen."
        guide "Trin-for-trin handleplan, 3. Uge 2-12"
    }
    exercise swimming "Swimming" {
        kind cardio
        cue "Cross-training that keeps fitness without loading the heel."
        name-da "Svømning"
        cue-da "Kryds-træning: holder formen uden at belaste hælen."
        guide "Trin-for-trin handleplan, 3. Uge 2-12"
    }
    exercise walk "Walking" {
        kind walking
        cue "A calm walk, preferably on a soft surface."
        name-da "Gang"
        cue-da "Gå hellere en rolig tur på blødt underlag."
        guide "Trin-for-trin handleplan, 1. I dag"
    }
    exercise walk-run "Walk-run intervals" {
        kind running
        cue "Intervals, e.g. 1 min run / 2 min walk × 10, on a soft surface."
        name-da "Gang/løb-intervaller"
        cue-da "Gang/løb-intervaller: fx 1 min løb / 2 min gang ×10 på blødt underlag."
        guide "Trin-for-trin handleplan, 4. Tilbage til løb"
    }
    exercise run "Running" {
        kind running
        cue "Continuous running; increase total running time by at most 10 % a week."
        name-da "Løb"
        cue-da "Løb uden pauser; øg samlet løbetid højst 10 % pr. uge."
        guide "Trin-for-trin handleplan, 4. Tilbage til løb"
    }
    exercise ice "Ice" {
        kind modality
        cue "10-15 min, 1-3 times a day, e.g. roll a frozen water bottle under the arch."
        name-da "Is/kulde"
        cue-da "10-15 min. 1-3 gange dagligt, fx frossen vandflaske som rulles under svangen."
        guide "Aflast & køl"
    }
    exercise taping "Taping" {
        kind support
        cue "Low-dye or kinesio tape lifting the arch; the effect lasts 1-3 days; a supplement only."
        name-da "Tapening"
        cue-da "Low-dye eller kinesiotape, der løfter svangen; effekten varer 1-3 døgn – kun som supplement."
        guide "Taping – Støtte på budget"
    }
    exercise heel-cup "Heel cup" {
        kind support
        cue "A gel or silicone heel cup spreads the pressure."
        name-da "Hælkop"
        cue-da "En gel- eller silikonehælkop fordeler trykket."
        guide "Aflast & køl"
    }
    exercise insoles "Insoles" {
        kind support
        cue "Arch support; custom insoles for a documented flat or high arch."
        name-da "Indlæg"
        cue-da "Svangstøtte; individuelle indlæg ved dokumenteret plat-/hulfod."
        guide "Aflast & køl"
    }
    exercise nsaid "Anti-inflammatory painkillers (NSAID)" {
        kind medication
        cue "Ibuprofen or naproxen ease pain but have limited long-term effect."
        name-da "NSAID (gigtpiller)"
        cue-da "Ibuprofen, naproxen: kan dæmpe smerte, men har begrænset langtidseffekt."
        guide "Medicin & injektioner"
    }
    exercise corticosteroid-injection "Corticosteroid injection" {
        kind procedure
        cue "At most 1-2 injections, and not before a 3-6 month course."
        name-da "Kortikosteroid-injektion"
        cue-da "Maks. 1-2 stik, og først efter et forløb på 3-6 mdr."
        guide "Medicin & injektioner"
    }
    exercise shockwave "Shockwave therapy (ESWT)" {
        kind procedure
        cue "May be tried after 3-6 months of failed basic treatment."
        name-da "Shockwave-terapi (ESWT)"
        cue-da "Kan forsøges efter 3-6 måneders forgæves basisbehandling."
        guide "Andre modaliteter"
    }
    exercise surgery "Surgery" {
        kind procedure
        cue "Only after at least 9-12 months of systematic conservative treatment."
        name-da "Operation"
        cue-da "Overvejes først efter min. 9-12 måneders systematisk konservativ behandling."
        guide "Operation – Sidste udvej"
    }
}
`;
