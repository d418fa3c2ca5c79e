/*
** ner/gazetteers_data.c -- links the committed typed gazetteers
** ext/core/ner/model/gazetteers.bin (written by `make gazetteers`) into the
** library as the hidden read-only symbol tk_ner__gazetteers_data, which
** ner/gazetteers.c reads.  The Makefile makes this object depend on the
** file, so rebuilt lists relink.
*/
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl tk_ner__gazetteers_data\n"
        ".hidden tk_ner__gazetteers_data\n"
        ".type tk_ner__gazetteers_data, @object\n"
        "tk_ner__gazetteers_data:\n"
        ".incbin \"ext/core/ner/model/gazetteers.bin\"\n"
        ".size tk_ner__gazetteers_data, . - tk_ner__gazetteers_data\n"
        ".previous\n");
