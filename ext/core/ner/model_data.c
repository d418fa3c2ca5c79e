/*
** ner/model_data.c -- links the committed model file
** ext/core/ner/model/ner-conll2003.bin (written by `make model`) into the
** library as the hidden read-only symbol tk_ner__model_data, which
** tk_ner_builtin() (ner.c) points at.  The Makefile makes this object
** depend on the file, so a retrained model relinks.
*/
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl tk_ner__model_data\n"
        ".hidden tk_ner__model_data\n"
        ".type tk_ner__model_data, @object\n"
        "tk_ner__model_data:\n"
        ".incbin \"ext/core/ner/model/ner-conll2003.bin\"\n"
        ".size tk_ner__model_data, . - tk_ner__model_data\n"
        ".previous\n");
