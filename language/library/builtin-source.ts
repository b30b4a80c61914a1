// The built-in exercise library, written in the language itself so that hover, the renderer and the
// exports read names and cues from one place. It is parsed once per service container.
export const BUILTIN_SCHEME = 'rehab-builtin';
export const BUILTIN_LIBRARY_URI = `${BUILTIN_SCHEME}:///builtin-library.rehab`;

export const BUILTIN_LIBRARY_SOURCE = `// The built-in exercise library. Every plan sees these exercises without an import.
// Each entry names the section of the plantar-fasciitis guide it comes from.
library builtin "Built-in exercises" {
    exercise plantar-fascia-stretch "Plantar fascia stretch" {
        kind stretch
        cue "Put the foot on the other knee and pull the toes towards the shin until you feel a stretch under the foot; hold it calmly."
        name-da "Plantarfascia-stræk"
        cue-da "Sæt foden på det andet knæ, og træk tæerne mod skinnebenet, til du mærker et stræk under foden; hold det roligt."
        guide "Øvelser & genoptræning"
    }
    exercise calf-stretch "Calf stretch" {
        kind stretch
        cue "Against a wall or on a step, knee straight and heel down; lean in until you feel the calf stretch."
        name-da "Lægstræk"
        cue-da "Mod en væg eller på et trappetrin, knæet strakt og hælen nede; læn dig frem, til du mærker strækket i læggen."
        guide "Øvelser & genoptræning"
    }
    exercise hamstring-stretch "Hamstring stretch" {
        kind stretch
        cue "Sit with the leg straight and lean forward from the hips until you feel the back of the thigh stretch."
        name-da "Hasestræk"
        cue-da "Sid med benet strakt, og læn dig frem fra hofterne, til du mærker strækket bag på låret."
        guide "Trin-for-trin handleplan, 2. Uge 1-2"
    }
    exercise heel-raise "Heel raise" {
        kind strength
        cue "On a step with a rolled towel under the toes: rise slowly onto the toes and lower the heel slowly, in your plan's tempo."
        name-da "Hælløft"
        cue-da "Stå på et trappetrin med et sammenrullet håndklæde under tæerne: løft dig langsomt op på tæerne, og sænk hælen langsomt i din plans tempo."
        guide "Øvelser & genoptræning"
    }
    exercise towel-scrunch "Towel scrunch" {
        kind strength
        cue "Curl a towel in under the foot with the toes."
        name-da "Towel scrunches"
        cue-da "Krøl et håndklæde ind under foden med tæerne."
        guide "Øvelser & genoptræning"
    }
    exercise toe-spread "Toe spread" {
        kind strength
        cue "Spread the big toe out to the side and hold it there."
        name-da "Stortå-abduktion"
        cue-da "Spred storetåen ud til siden, og hold den der."
        guide "Øvelser & genoptræning"
    }
    exercise single-leg-balance "Single-leg balance" {
        kind balance
        cue "Stand on one leg on a cushion or balance board."
        name-da "Balance på ét ben"
        cue-da "Stå på ét ben på en pude eller et balancebræt."
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
        cue "Alternate running and walking, on a soft surface."
        name-da "Gang/løb-intervaller"
        cue-da "Skift mellem løb og gang, på blødt underlag."
        guide "Trin-for-trin handleplan, 4. Tilbage til løb"
    }
    exercise run "Running" {
        kind running
        cue "Continuous running at an easy pace."
        name-da "Løb"
        cue-da "Løb uden pauser i roligt tempo."
        guide "Trin-for-trin handleplan, 4. Tilbage til løb"
    }
    exercise ice "Ice" {
        kind modality
        cue "Cool the heel, e.g. roll a frozen water bottle under the arch."
        name-da "Is/kulde"
        cue-da "Køl hælen, fx ved at rulle en frossen vandflaske under svangen."
        guide "Aflast & køl"
    }
    exercise taping "Taping" {
        kind support
        cue "Low-dye or kinesio tape lifting the arch; a supplement only."
        name-da "Tapening"
        cue-da "Low-dye eller kinesiotape, der løfter svangen – kun som supplement."
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
        cue "An injection by a doctor, considered only after a long course of basic treatment."
        name-da "Kortikosteroid-injektion"
        cue-da "En indsprøjtning ved en læge; overvejes først efter et længere forløb med basisbehandling."
        guide "Medicin & injektioner"
    }
    exercise shockwave "Shockwave therapy (ESWT)" {
        kind procedure
        cue "May be tried when basic treatment has not helped for months."
        name-da "Shockwave-terapi (ESWT)"
        cue-da "Kan forsøges, når basisbehandlingen ikke har hjulpet i flere måneder."
        guide "Andre modaliteter"
    }
    exercise surgery "Surgery" {
        kind procedure
        cue "Only after long, systematic conservative treatment."
        name-da "Operation"
        cue-da "Overvejes først efter lang, systematisk konservativ behandling."
        guide "Operation – Sidste udvej"
    }
}
`;
